def main():
    return [x async for x in y]
