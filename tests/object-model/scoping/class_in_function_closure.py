def make_class(prefix):
    class Greeter:
        count = 0
        def greet(self, name):
            Greeter.count += 1
            return f"{prefix} {name} #{Greeter.count}"
    return Greeter
Hello = make_class("Hello")
Hi = make_class("Hi")
print(Hello().greet("a"), Hello().greet("b"), Hi().greet("c"))
print(Hello is Hi, Hello.__qualname__, Hello.count, Hi.count)
