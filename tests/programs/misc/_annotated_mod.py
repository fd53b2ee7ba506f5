from typing import Optional

count: int = 0
name: str
opt: "Optional[int]" = None
names: "list[str]"
