"""A lending library: books, members with borrowing limits, loans with due days and fines."""
from dataclasses import dataclass, field
from collections import Counter
import bisect


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


@dataclass(order=True)
class Book:
    isbn: str
    title: str = field(compare=False)
    author: str = field(compare=False)
    copies: int = field(default=1, compare=False)


@dataclass
class Member:
    name: str
    limit: int = 2
    loans: list = field(default_factory=list)
    fines: int = 0

    def can_borrow(self):
        return len(self.loans) < self.limit and self.fines == 0


class Student(Member):
    def __init__(self, name):
        super().__init__(name, limit=1)


@dataclass
class Loan:
    book: Book
    member: Member
    day_out: int
    days: int = 14

    @property
    def due(self):
        return self.day_out + self.days

    def fine(self, today, rate=10):
        return max(0, today - self.due) * rate


class Library:
    def __init__(self):
        self.books = []
        self.available = Counter()
        self.members = {}
        self.today = 0
        self.loans = []
        self.popular = Counter()

    def add_book(self, book):
        bisect.insort(self.books, book)
        self.available[book.isbn] += book.copies

    def join(self, member):
        self.members[member.name] = member
        return member

    def find(self, text):
        text = text.lower()
        return [b.title for b in self.books if text in b.title.lower() or text in b.author.lower()]

    def borrow(self, name, isbn):
        member = self.members[name]
        book = next((b for b in self.books if b.isbn == isbn), None)
        if book is None:
            raise LibraryError(f"no book with isbn {isbn}")
        if not member.can_borrow():
            reason = f"owes {member.fines}" if member.fines else f"limit {member.limit}"
            raise LimitReached(f"{name} cannot borrow ({reason})")
        if self.available[isbn] == 0:
            raise NotAvailable(f"{book.title!r} is out")
        self.available[isbn] -= 1
        loan = Loan(book, member, self.today, 7 if isinstance(member, Student) else 14)
        member.loans.append(loan)
        self.loans.append(loan)
        self.popular[book.title] += 1
        return loan

    def give_back(self, name, isbn):
        member = self.members[name]
        for loan in member.loans:
            if loan.book.isbn == isbn:
                break
        else:
            raise LibraryError(f"{name} does not have {isbn}")
        member.loans.remove(loan)
        self.loans.remove(loan)
        self.available[isbn] += 1
        fine = loan.fine(self.today)
        member.fines += fine
        return fine

    def advance(self, days):
        self.today += days

    def overdue(self):
        return sorted((l.member.name, l.book.title, self.today - l.due) for l in self.loans if self.today > l.due)


lib = Library()
for b in [Book("978-3", "Dune", "Herbert", 2), Book("978-1", "Emma", "Austen"), Book("978-2", "Beloved", "Morrison"),
          Book("978-0", "Persuasion", "Austen")]:
    lib.add_book(b)
print([b.isbn for b in lib.books], lib.find("austen"), lib.find("dune"))
ann = lib.join(Member("ann"))
sam = lib.join(Student("sam"))
print(ann, type(sam).__name__, sam.limit)
actions = [
    ("borrow", "ann", "978-3"), ("borrow", "sam", "978-3"), ("borrow", "sam", "978-1"), ("borrow", "ann", "978-3"),
    ("advance", 10), ("borrow", "ann", "978-2"), ("borrow", "ann", "978-0"), ("advance", 6),
    ("return", "sam", "978-3"), ("borrow", "sam", "978-1"), ("return", "ann", "978-9"), ("return", "ann", "978-3"),
    ("borrow", "zed", "978-1"), ("borrow", "ann", "978-5"),
]
for action in actions:
    try:
        match action:
            case ("borrow", who, isbn):
                loan = lib.borrow(who, isbn)
                print(f"day {lib.today}: {who} borrows {loan.book.title}, due day {loan.due}")
            case ("return", who, isbn):
                print(f"day {lib.today}: {who} returns {isbn}, fine {lib.give_back(who, isbn)}")
            case ("advance", days):
                lib.advance(days)
                print(f"-- day {lib.today}, overdue: {lib.overdue()}")
    except LibraryError as e:
        print(f"day {lib.today}: {type(e).__name__}: {e}")
    except KeyError as e:
        print(f"day {lib.today}: unknown member {e}")
print({m.name: (len(m.loans), m.fines) for m in lib.members.values()})
print(lib.popular.most_common(), dict(lib.available))
print(issubclass(NotAvailable, LibraryError), Book("1", "a", "b") == Book("1", "x", "y"), Book("1", "", "") < Book("2", "", ""))
