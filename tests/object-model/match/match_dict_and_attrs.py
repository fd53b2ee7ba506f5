class Req:
    def __init__(self, method, path, headers=None):
        self.method, self.path, self.headers = method, path, headers or {}
def route(r):
    match r:
        case Req(method="GET", path="/"):
            return "home"
        case Req(method="GET", path=p) if p.startswith("/user/"):
            return "user " + p.rsplit("/", 1)[1]
        case Req(method="POST", headers={"auth": token}):
            return "authorized post with " + token
        case Req(method="POST"):
            return "401"
        case Req(method=m):
            return f"405 {m}"
for r in [Req("GET", "/"), Req("GET", "/user/42"), Req("POST", "/x", {"auth": "t0k"}), Req("POST", "/x"), Req("PUT", "/")]:
    print(route(r))
