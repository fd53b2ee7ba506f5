from typing import TypedDict
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m: Movie = {"title": "Alien", "year": 1979}
m2 = Movie(title="Up", year=2009)
print(m, m2, type(m2).__name__, m2 == {"title": "Up", "year": 2009})
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__))
print(Partial(), Partial(rating=1.0))
