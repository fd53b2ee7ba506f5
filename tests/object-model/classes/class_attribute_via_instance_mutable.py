class Team:
    members = []
    def join(self, name):
        self.members.append(name)
class Fixed:
    def __init__(self):
        self.members = []
    def join(self, name):
        self.members.append(name)
a, b = Team(), Team()
a.join("x"); b.join("y")
print(a.members, b.members, Team.members, a.members is b.members)
c, d = Fixed(), Fixed()
c.join("x")
print(c.members, d.members)
class Sub(Team):
    members = ["own"]
Sub().join("z")
print(Sub.members, Team.members)
