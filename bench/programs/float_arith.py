"""Float arithmetic: a Mandelbrot set escape-time count over a grid."""


def mandelbrot(width, height, max_iter):
    total = 0
    for py in range(height):
        y0 = (py / height) * 2.0 - 1.0
        for px in range(width):
            x0 = (px / width) * 3.0 - 2.0
            x = 0.0
            y = 0.0
            i = 0
            while x * x + y * y <= 4.0 and i < max_iter:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            total += i
    return total


print(mandelbrot(320, 240, 250))
