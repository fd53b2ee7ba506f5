"""A text adventure driven by a scripted list of commands: rooms, items, a state machine."""
from enum import Enum, auto


class State(Enum):
    EXPLORING = auto()
    FIGHTING = auto()
    WON = auto()
    DEAD = auto()


class Room:
    def __init__(self, name, description, items=None, monster=None):
        self.name = name
        self.description = description
        self.items = list(items or [])
        self.exits = {}
        self.monster = monster

    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        if back:
            other.exits[back] = self

    def __repr__(self):
        return f"Room({self.name!r})"


class Monster:
    def __init__(self, name, hp, damage):
        self.name, self.hp, self.damage = name, hp, damage

    @property
    def alive(self):
        return self.hp > 0


class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.hp = 10
        self.moves = 0

    def has(self, item):
        return item in self.inventory


class Game:
    def __init__(self):
        hall = Room("hall", "A dusty hall.", ["torch"])
        library = Room("library", "Shelves of old books.", ["key", "book"])
        cellar = Room("cellar", "It is dark and damp.", monster=Monster("rat king", 6, 3))
        vault = Room("vault", "Gold glitters everywhere.", ["crown"])
        hall.connect("north", library, "south")
        hall.connect("down", cellar, "up")
        cellar.connect("east", vault, "west")
        self.player = Player(hall)
        self.state = State.EXPLORING
        self.log = []

    def say(self, msg):
        self.log.append(msg)
        print(msg)

    def handle(self, command):
        if self.state in (State.WON, State.DEAD):
            self.say(f"(game over: {self.state.name.lower()})")
            return
        self.player.moves += 1
        words = command.lower().split()
        match words:
            case ["look"]:
                self.look()
            case ["go", direction] if self.state is State.EXPLORING:
                self.go(direction)
            case ["go", _]:
                self.say("You can't leave during a fight!")
            case ["take", item]:
                self.take(item)
            case ["inventory" | "inv"]:
                self.say("You carry: " + (", ".join(sorted(self.player.inventory)) or "nothing"))
            case ["attack"] if self.state is State.FIGHTING:
                self.attack()
            case ["attack"]:
                self.say("There is nothing to attack.")
            case []:
                self.say("Say something.")
            case [verb, *_]:
                self.say(f"I don't know how to {verb}.")

    def look(self):
        room = self.player.room
        self.say(f"[{room.name}] {room.description}")
        if room.items:
            self.say("You see: " + ", ".join(room.items))
        self.say("Exits: " + ", ".join(sorted(room.exits)))

    def go(self, direction):
        room = self.player.room.exits.get(direction)
        if room is None:
            self.say(f"You can't go {direction}.")
            return
        if room.name == "vault" and not self.player.has("key"):
            self.say("The vault door is locked.")
            return
        if room.name == "cellar" and not self.player.has("torch"):
            self.say("It is too dark to go down there.")
            return
        self.player.room = room
        self.look()
        if room.monster and room.monster.alive:
            self.state = State.FIGHTING
            self.say(f"A {room.monster.name} attacks!")

    def take(self, item):
        room = self.player.room
        if item not in room.items:
            self.say(f"There is no {item} here.")
            return
        room.items.remove(item)
        self.player.inventory.append(item)
        self.say(f"Taken: {item}.")
        if item == "crown":
            self.state = State.WON
            self.say(f"You won in {self.player.moves} moves!")

    def attack(self):
        monster = self.player.room.monster
        hit = 4 if self.player.has("book") else 2
        monster.hp -= hit
        self.say(f"You hit the {monster.name} for {hit} (hp {max(monster.hp, 0)}).")
        if not monster.alive:
            self.state = State.EXPLORING
            self.say(f"The {monster.name} is defeated.")
            return
        self.player.hp -= monster.damage
        self.say(f"The {monster.name} bites you (your hp {self.player.hp}).")
        if self.player.hp <= 0:
            self.state = State.DEAD
            self.say("You died.")


script = [
    "look", "go down", "take torch", "go west", "go north", "take key", "take book", "take sword",
    "inventory", "dance wildly", "", "go south", "go down", "go up", "attack", "attack",
    "go east", "take crown", "look",
]
game = Game()
for cmd in script:
    print(f"> {cmd}")
    game.handle(cmd)
print(game.state, game.player.hp, len(game.log), sorted(game.player.inventory))
