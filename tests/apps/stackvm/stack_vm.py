"""A stack-based virtual machine with an assembler, labels, calls and error reporting."""
from dataclasses import dataclass, field
from enum import Enum


class Op(Enum):
    PUSH = "push"
    POP = "pop"
    ADD = "add"
    SUB = "sub"
    MUL = "mul"
    DIV = "div"
    DUP = "dup"
    SWAP = "swap"
    JMP = "jmp"
    JZ = "jz"
    CALL = "call"
    RET = "ret"
    PRINT = "print"
    LOAD = "load"
    STORE = "store"
    HALT = "halt"


class VMError(Exception):
    def __init__(self, msg, pc):
        super().__init__(f"{msg} (pc={pc})")
        self.pc = pc


@dataclass
class Instr:
    op: Op
    arg: object = None

    def __str__(self):
        return self.op.value if self.arg is None else f"{self.op.value} {self.arg}"


def assemble(source):
    program, labels, fixups = [], {}, []
    for lineno, line in enumerate(source.strip().splitlines(), 1):
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        name, *rest = line.split()
        try:
            op = Op(name)
        except ValueError:
            raise SyntaxError(f"line {lineno}: unknown instruction {name!r}") from None
        arg = rest[0] if rest else None
        if op in (Op.JMP, Op.JZ, Op.CALL):
            fixups.append((len(program), arg, lineno))
        elif arg is not None and op is Op.PUSH:
            arg = int(arg)
        program.append(Instr(op, arg))
    for index, label, lineno in fixups:
        if label not in labels:
            raise SyntaxError(f"line {lineno}: undefined label {label!r}")
        program[index].arg = labels[label]
    return program


@dataclass
class VM:
    program: list
    stack: list = field(default_factory=list)
    frames: list = field(default_factory=list)
    memory: dict = field(default_factory=dict)
    output: list = field(default_factory=list)
    steps: int = 0
    max_steps: int = 10000

    def pop(self, pc):
        if not self.stack:
            raise VMError("stack underflow", pc)
        return self.stack.pop()

    def run(self):
        pc = 0
        while pc < len(self.program):
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError("step limit exceeded", pc)
            ins = self.program[pc]
            pc += 1
            match ins.op:
                case Op.PUSH:
                    self.stack.append(ins.arg)
                case Op.POP:
                    self.pop(pc)
                case Op.ADD | Op.SUB | Op.MUL | Op.DIV:
                    b, a = self.pop(pc), self.pop(pc)
                    if ins.op is Op.DIV:
                        if b == 0:
                            raise VMError("division by zero", pc - 1)
                        self.stack.append(a // b)
                    else:
                        self.stack.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b}[ins.op])
                case Op.DUP:
                    v = self.pop(pc)
                    self.stack += [v, v]
                case Op.SWAP:
                    b, a = self.pop(pc), self.pop(pc)
                    self.stack += [b, a]
                case Op.JMP:
                    pc = ins.arg
                case Op.JZ:
                    if self.pop(pc) == 0:
                        pc = ins.arg
                case Op.CALL:
                    self.frames.append(pc)
                    pc = ins.arg
                case Op.RET:
                    if not self.frames:
                        raise VMError("return outside call", pc - 1)
                    pc = self.frames.pop()
                case Op.PRINT:
                    self.output.append(self.pop(pc))
                case Op.LOAD:
                    if ins.arg not in self.memory:
                        raise VMError(f"unset variable {ins.arg}", pc - 1)
                    self.stack.append(self.memory[ins.arg])
                case Op.STORE:
                    self.memory[ins.arg] = self.pop(pc)
                case Op.HALT:
                    break
        return self.output


FACTORIAL = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 7
    call square
    print
    halt
square:          ; squares the top of the stack
    dup
    mul
    ret
"""
programs = {
    "factorial": FACTORIAL,
    "underflow": "push 1\nadd",
    "divzero": "push 1\npush 0\ndiv",
    "forever": "top:\njmp top",
    "bad-ret": "ret",
    "unset": "load x",
    "unknown": "push 1\nfrobnicate",
    "bad-label": "jmp nowhere",
}
for name, src in programs.items():
    try:
        vm = VM(assemble(src))
        print(f"{name}: output={vm.run()} steps={vm.steps} stack={vm.stack}")
    except VMError as e:
        print(f"{name}: VMError: {e} at pc {e.pc}")
    except SyntaxError as e:
        print(f"{name}: SyntaxError: {e}")
listing = assemble(FACTORIAL)
print(len(listing), [str(i) for i in listing[:6]], listing[-1])
