# Calling a non-callable value.
handlers = {"x": print, "y": "not a function"}
handlers["x"]("calling x")
handlers["y"]("calling y")
