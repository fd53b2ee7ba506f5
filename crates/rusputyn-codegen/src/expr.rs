//! Lowering of expressions to Rust expressions of type `Value`. Anything that needs
//! statements (comprehensions, walrus, chained comparisons) becomes a Rust block expression.

use crate::lower::{BodyKind, FnBody, Gen, lit};
use crate::operand::{Operand, fast_cmp};
use ruff_text_size::Ranged;
use rusputyn_frontend::ScopeKind;
use rusputyn_frontend::ast::{self, Expr};

/// A temporary variable `t` as an owned operand (passed by reference).
fn temp(t: &str) -> Operand {
    Operand {
        code: format!("&{t}"),
        borrowed: true,
    }
}

/// The runtime `BinOp` variant name of a Python operator.
pub(crate) fn binop_name(op: ast::Operator) -> &'static str {
    use ast::Operator::*;
    match op {
        Add => "Add",
        Sub => "Sub",
        Mult => "Mul",
        MatMult => "MatMul",
        Div => "TrueDiv",
        Mod => "Mod",
        Pow => "Pow",
        LShift => "LShift",
        RShift => "RShift",
        BitOr => "Or",
        BitXor => "Xor",
        BitAnd => "And",
        FloorDiv => "FloorDiv",
    }
}

fn cmp_name(op: ast::CmpOp) -> Option<&'static str> {
    use ast::CmpOp::*;
    Some(match op {
        Eq => "Eq",
        NotEq => "Ne",
        Lt => "Lt",
        LtE => "Le",
        Gt => "Gt",
        GtE => "Ge",
        _ => return None,
    })
}

impl Gen<'_> {
    /// Captures the lines emitted by `f` and returns them as a Rust block expression ending
    /// in the expression `f` returns.
    pub fn block_expr(&mut self, f: impl FnOnce(&mut Self) -> String) -> String {
        let saved_out = std::mem::take(&mut self.f.out);
        let saved_indent = self.f.indent;
        self.f.indent += 1;
        let value = f(self);
        let body = std::mem::replace(&mut self.f.out, saved_out);
        self.f.indent = saved_indent;
        let pad = "    ".repeat(saved_indent + 1);
        format!("{{\n{body}{pad}{value}\n{}}}", "    ".repeat(saved_indent))
    }

    /// A Rust `bool` expression: the truth value of `e` (no `Value` built for comparisons).
    pub fn cond(&mut self, e: &Expr) -> String {
        match e {
            Expr::Compare(c) if c.ops.len() == 1 => {
                let l = self.operand(&c.left, &[&c.comparators[0]]);
                let r = self.operand(&c.comparators[0], &[]);
                self.compare_bool(c.ops[0], &l, &r)
            }
            Expr::BoolOp(b) => {
                let parts: Vec<String> = b
                    .values
                    .iter()
                    .map(|v| format!("({})", self.cond(v)))
                    .collect();
                let op = if b.op == ast::BoolOp::And {
                    " && "
                } else {
                    " || "
                };
                parts.join(op)
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                format!("!({})", self.cond(&u.operand))
            }
            Expr::BooleanLiteral(b) => b.value.to_string(),
            _ => {
                let v = self.operand(e, &[]).code;
                self.q(format!("rt::ops::truth({v})"))
            }
        }
    }

    fn compare_bool(&mut self, op: ast::CmpOp, l: &Operand, r: &Operand) -> String {
        use ast::CmpOp::*;
        let (lr, rr) = (l.r(), r.r());
        match op {
            Is => format!("rt::ops::is({lr}, {rr})"),
            IsNot => format!("!rt::ops::is({lr}, {rr})"),
            In => self.q(format!("rt::ops::contains({rr}, {lr})")),
            NotIn => format!("!{}", self.q(format!("rt::ops::contains({rr}, {lr})"))),
            other => {
                let f = fast_cmp(other).unwrap_or("eq_bool");
                self.q(format!("rt::ops::{f}({}, {})", l.code, r.code))
            }
        }
    }

    /// Lowers an expression to a Rust expression of type `Value`.
    pub fn expr(&mut self, e: &Expr) -> String {
        match e {
            Expr::NoneLiteral(_) => "Value::None".into(),
            Expr::BooleanLiteral(b) => format!("Value::Bool({})", b.value),
            Expr::EllipsisLiteral(_) => "Value::Ellipsis".into(),
            Expr::NumberLiteral(n) => self.number(n),
            Expr::StringLiteral(s) => format!("Value::str({})", lit(s.value.to_str())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                format!("Value::Bytes(std::rc::Rc::new({:?}.to_vec()))", bytes)
            }
            Expr::FString(fs) => self.fstring(fs),
            Expr::Name(n) if n.id.as_str() == "__class__" && self.class_cell_out_of_reach() => {
                self.unsupported(
                    n,
                    "`__class__` in a function nested inside a method",
                    "read `__class__` in the method itself and pass it along",
                );
                "Value::None".into()
            }
            Expr::Name(n) if self.is_namespace_builtin(n.id.as_str(), true) => {
                self.unsupported(
                    n,
                    &format!("`{}` other than in a direct call", n.id),
                    "call it directly where the namespace is wanted",
                );
                "Value::None".into()
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => self.binop_expr(b.op, &b.left, &b.right),
            Expr::UnaryOp(u) => match u.op {
                ast::UnaryOp::Not => format!("Value::Bool(!({}))", self.cond(&u.operand)),
                ast::UnaryOp::USub => {
                    let v = self.operand(&u.operand, &[]).r();
                    self.q(format!("rt::ops::neg({v})"))
                }
                ast::UnaryOp::UAdd => {
                    let v = self.operand(&u.operand, &[]).r();
                    self.q(format!("rt::ops::pos({v})"))
                }
                ast::UnaryOp::Invert => {
                    let v = self.operand(&u.operand, &[]).r();
                    self.q(format!("rt::ops::invert({v})"))
                }
            },
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let values = &b.values;
                self.block_expr(|g| {
                    let t = format!("t{}", g.fresh());
                    let first = g.expr(&values[0]);
                    g.line(format!("let mut {t} = {first};"));
                    let mut depth = 0;
                    for v in &values[1..] {
                        let truth = g.q(format!("rt::ops::truthy(&{t})"));
                        let test = if is_and { truth } else { format!("!{truth}") };
                        g.line(format!("if {test} {{"));
                        g.f.indent += 1;
                        depth += 1;
                        let next = g.expr(v);
                        g.line(format!("{t} = {next};"));
                    }
                    for _ in 0..depth {
                        g.f.indent -= 1;
                        g.line("}");
                    }
                    t
                })
            }
            Expr::Compare(c) => self.compare(c),
            Expr::If(i) => {
                let c = self.cond(&i.test);
                let a = self.expr(&i.body);
                let b = self.expr(&i.orelse);
                format!("(if {c} {{ {a} }} else {{ {b} }})")
            }
            Expr::Named(nm) => {
                let target = &nm.target;
                let value = &nm.value;
                self.block_expr(|g| {
                    let t = format!("t{}", g.fresh());
                    let v = g.expr(value);
                    g.line(format!("let {t} = {v};"));
                    if let Expr::Name(n) = target.as_ref() {
                        g.store_name(n.id.as_str(), &format!("{t}.clone()"));
                    }
                    t
                })
            }
            Expr::Attribute(a) => {
                if let Some(v) = self.super_attr(&a.value, a.attr.as_str()) {
                    return v;
                }
                let o = self.expr(&a.value);
                self.attr_get(&o, a.attr.as_str())
            }
            Expr::Subscript(s) => {
                let o = self.operand(&s.value, &[&s.slice]).r();
                let k = self.operand(&s.slice, &[]).r();
                self.q(format!("rt::ops::getitem({o}, {k})"))
            }
            Expr::Slice(s) => {
                let part = |g: &mut Self, x: &Option<Box<Expr>>| match x {
                    Some(x) => g.expr(x),
                    None => "Value::None".into(),
                };
                let lo = part(self, &s.lower);
                let hi = part(self, &s.upper);
                let st = part(self, &s.step);
                format!("rt::ops::slice({lo}, {hi}, {st})")
            }
            Expr::List(l) => self.sequence(&l.elts, "Value::list"),
            Expr::Tuple(t) => self.sequence(&t.elts, "Value::tuple"),
            Expr::Set(s) => {
                let items = self.sequence_vec(&s.elts);
                // CPython builds a display of 3+ constants from a frozenset constant, which
                // changes the table layout and so the iteration order.
                let made = if s.elts.len() >= 3 && s.elts.iter().all(is_constant) {
                    self.q(format!(
                        "rt::types::set::PySet::from_const_display({items}, &PROGRAM_NAMES)"
                    ))
                } else {
                    self.q(format!("rt::types::set::PySet::from_values({items})"))
                };
                format!("Value::Set(std::rc::Rc::new({made}))")
            }
            Expr::Dict(d) => {
                let items = &d.items;
                self.block_expr(|g| {
                    let t = format!("d{}", g.fresh());
                    g.line(format!("let {t} = rt::types::dict::PyDict::new();"));
                    for item in items {
                        match &item.key {
                            Some(k) => {
                                let k = g.expr(k);
                                let v = g.expr(&item.value);
                                let s = g.q(format!("{t}.set({k}, {v})"));
                                g.line(format!("{s};"));
                            }
                            None => {
                                let v = g.expr(&item.value);
                                let s = g
                                    .q(format!("rt::types::dict_methods::update_from(&{t}, &{v})"));
                                g.line(format!("{s};"));
                            }
                        }
                    }
                    format!("Value::Dict(std::rc::Rc::new({t}))")
                })
            }
            Expr::Call(c) => match self.inline_len(c) {
                Some(v) => v,
                None => self.call(c),
            },
            Expr::Lambda(l) => {
                let Some(scope) = self.m.scopes.scope_at(e) else {
                    return "Value::None".into();
                };
                let (defaults, kwdefaults) = match &l.parameters {
                    Some(p) => self.param_defaults(p),
                    None => (Vec::new(), Vec::new()),
                };
                self.emit_function(
                    e,
                    scope,
                    "<lambda>",
                    l.parameters.as_deref(),
                    FnBody::Expr(&l.body),
                    defaults,
                    kwdefaults,
                    false,
                    false,
                )
            }
            Expr::ListComp(c) => self.comprehension(e, &c.generators, CompKind::List(&c.elt)),
            Expr::SetComp(c) => self.comprehension(e, &c.generators, CompKind::Set(&c.elt)),
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(e, &c.generators, CompKind::Dict(k, &c.value)),
                None => {
                    self.unsupported(e, "dict unpacking in a comprehension", "use a loop");
                    "Value::None".into()
                }
            },
            Expr::Generator(gx) => {
                let Some(scope) = self.m.scopes.scope_at(e) else {
                    return "Value::None".into();
                };
                // An `async for` clause or an `await` anywhere but in the first iterable
                // makes an asynchronous generator expression.
                let is_async = gx.generators.iter().any(|g| g.is_async)
                    || contains_await(&gx.elt)
                    || gx.generators.iter().enumerate().any(|(i, g)| {
                        (i > 0 && contains_await(&g.iter)) || g.ifs.iter().any(contains_await)
                    });
                let first = self.expr(&gx.generators[0].iter);
                let it = if gx.generators[0].is_async {
                    self.q(format!("rt::types::coroutine::aiter(&{first})"))
                } else {
                    self.q(format!("rt::types::iter::iter(&{first})"))
                };
                let f = self.emit_function(
                    e,
                    scope,
                    "<genexpr>",
                    None,
                    FnBody::GenExpr(&gx.elt, &gx.generators),
                    Vec::new(),
                    Vec::new(),
                    false,
                    is_async,
                );
                self.q(format!("call(&{f}, &[{it}])"))
            }
            Expr::Yield(y) => {
                let op = match self.f.kind {
                    BodyKind::Generator => "yield_",
                    BodyKind::AsyncGenerator => "ayield",
                    _ => {
                        self.syntax_error(y, "'yield' outside function");
                        return "Value::None".into();
                    }
                };
                let v = match &y.value {
                    Some(v) => self.expr(v),
                    None => "Value::None".into(),
                };
                self.q(format!("co.{op}({v}).await"))
            }
            Expr::YieldFrom(y) => {
                if self.f.kind != BodyKind::Generator {
                    self.syntax_error(y, "'yield' outside function");
                    return "Value::None".into();
                }
                let v = self.expr(&y.value);
                self.q(format!("co.yield_from({v}).await"))
            }
            Expr::Await(a) => {
                if !self.f.kind.is_async() {
                    self.syntax_error(a, "'await' outside async function");
                    return "Value::None".into();
                }
                let v = self.expr(&a.value);
                self.q(format!("co.await_({v}).await"))
            }
            Expr::Starred(s) => {
                self.syntax_error(s, "can't use starred expression here");
                "Value::None".into()
            }
            Expr::TString(t) => {
                self.unsupported(t, "template string", "use an f-string");
                "Value::None".into()
            }
            Expr::IpyEscapeCommand(c) => {
                self.syntax_error(c, "invalid syntax");
                "Value::None".into()
            }
        }
    }

    fn number(&mut self, n: &ast::ExprNumberLiteral) -> String {
        match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => format!("Value::Int({v})"),
                None => {
                    let text = i.to_string();
                    match rusputyn_runtime::builtins::parse_int(&text, 0) {
                        Ok(v) => {
                            let digits = rusputyn_runtime::ops::repr_of(&v).unwrap_or_default();
                            format!("rt::support::big_literal({})", lit(&digits))
                        }
                        Err(_) => {
                            self.syntax_error(n, "invalid decimal literal");
                            "Value::None".into()
                        }
                    }
                }
            },
            ast::Number::Float(f) => format!("Value::Float({})", float_lit(*f)),
            // An imaginary literal `2.5j` has a zero real part.
            ast::Number::Complex { real, imag } => format!(
                "Value::complex(rt::types::complex::PyComplex::new({}, {}))",
                float_lit(*real),
                float_lit(*imag)
            ),
        }
    }

    fn fstring(&mut self, fs: &ast::ExprFString) -> String {
        let parts: Vec<&ast::FStringPart> = fs.value.iter().collect();
        self.block_expr(|g| {
            let s = format!("s{}", g.fresh());
            let cap: usize = parts.iter().map(|p| fstring_capacity(p)).sum();
            g.line(format!("let mut {s} = String::with_capacity({cap});"));
            for part in parts {
                match part {
                    ast::FStringPart::Literal(l) => {
                        g.line(format!("{s}.push_str({});", lit(&l.value)))
                    }
                    ast::FStringPart::FString(f) => g.fstring_elements(&s, &f.elements),
                }
            }
            format!("Value::string({s})")
        })
    }

    fn fstring_elements(&mut self, s: &str, elements: &ast::InterpolatedStringElements) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.line(format!("{s}.push_str({});", lit(&l.value)))
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => None,
                        ast::ConversionFlag::Str => Some('s'),
                        ast::ConversionFlag::Repr => Some('r'),
                        ast::ConversionFlag::Ascii => Some('a'),
                    };
                    if let Some(dt) = &i.debug_text {
                        let src = &self.m.file.text[i.expression.range().start().to_usize()
                            ..i.expression.range().end().to_usize()];
                        let text = format!("{}{}{}", dt.leading(), src, dt.trailing());
                        self.line(format!("{s}.push_str({});", lit(&text)));
                        if conversion.is_none() && i.format_spec.is_none() {
                            conversion = Some('r');
                        }
                    }
                    let constant_spec = i.format_spec.as_ref().map(|spec| {
                        spec.elements
                            .iter()
                            .map(|e| match e {
                                ast::InterpolatedStringElement::Literal(l) => Some(&*l.value),
                                ast::InterpolatedStringElement::Interpolation(_) => None,
                            })
                            .collect::<Option<String>>()
                    });
                    let v = match constant_spec {
                        // The value is evaluated before the fields nested in its spec.
                        Some(None) => {
                            let t = format!("t{}", self.fresh());
                            let e = self.expr(&i.expression);
                            self.line(format!("let {t} = {e};"));
                            format!("&{t}")
                        }
                        _ => self.operand(&i.expression, &[]).r(),
                    };
                    let spec = match (&i.format_spec, &constant_spec) {
                        (None, _) => "\"\"".to_string(),
                        (Some(_), Some(Some(text))) => lit(text),
                        (Some(spec), _) => {
                            let t = format!("sp{}", self.fresh());
                            self.line(format!("let mut {t} = String::new();"));
                            self.fstring_elements(&t, &spec.elements);
                            format!("&{t}")
                        }
                    };
                    let conv = match conversion {
                        Some(c) => format!("Some('{c}')"),
                        None => "None".into(),
                    };
                    let push = self.q(format!(
                        "rt::format::push_field(&mut {s}, {v}, {conv}, {spec})"
                    ));
                    self.line(format!("{push};"));
                }
            }
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> String {
        if c.ops.len() == 1 {
            let l = self.operand(&c.left, &[&c.comparators[0]]);
            let r = self.operand(&c.comparators[0], &[]);
            return match cmp_name(c.ops[0]) {
                Some(name) => self.q(format!(
                    "rt::ops::compare_v({}, {}, CmpOp::{name})",
                    l.code, r.code
                )),
                None => format!("Value::Bool({})", self.compare_bool(c.ops[0], &l, &r)),
            };
        }
        let left = &c.left;
        let ops = &c.ops;
        let comparators = &c.comparators;
        self.block_expr(|g| {
            let res = format!("t{}", g.fresh());
            let mut prev = format!("t{}", g.fresh());
            let l = g.expr(left);
            g.line(format!("let {prev} = {l};"));
            g.line(format!("let mut {res} = Value::Bool(false);"));
            g.line(format!("'c{}: {{", g.counter));
            let label = format!("c{}", g.counter);
            g.f.indent += 1;
            for (k, (op, rhs)) in ops.iter().zip(comparators.iter()).enumerate() {
                let cur = format!("t{}", g.fresh());
                let r = g.expr(rhs);
                g.line(format!("let {cur} = {r};"));
                let v = match cmp_name(*op) {
                    Some(name) => g.q(format!(
                        "rt::ops::compare_value(&{prev}, &{cur}, CmpOp::{name})"
                    )),
                    None => {
                        let (p, c) = (temp(&prev), temp(&cur));
                        format!("Value::Bool({})", g.compare_bool(*op, &p, &c))
                    }
                };
                g.line(format!("{res} = {v};"));
                if k + 1 < ops.len() {
                    let t = g.q(format!("rt::ops::truthy(&{res})"));
                    g.line(format!("if !{t} {{ break '{label}; }}"));
                }
                prev = cur;
            }
            g.f.indent -= 1;
            g.line("}");
            res
        })
    }

    /// A list/tuple display: `ctor(vec![...])`, with `*x` items spliced in.
    fn sequence(&mut self, elts: &[Expr], ctor: &str) -> String {
        let v = self.sequence_vec(elts);
        format!("{ctor}({v})")
    }

    /// A Rust `Vec<Value>` expression for display items (with `*x` expansion).
    pub fn sequence_vec(&mut self, elts: &[Expr]) -> String {
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            let items: Vec<String> = elts.iter().map(|e| self.expr(e)).collect();
            return format!("vec![{}]", items.join(", "));
        }
        self.block_expr(|g| {
            let v = format!("v{}", g.fresh());
            g.line(format!("let mut {v}: Vec<Value> = Vec::new();"));
            for e in elts {
                match e {
                    Expr::Starred(s) => {
                        let x = g.expr(&s.value);
                        let items = g.q(format!("rt::types::iter::collect(&{x})"));
                        g.line(format!("{v}.extend({items});"));
                    }
                    other => {
                        let x = g.expr(other);
                        g.line(format!("{v}.push({x});"));
                    }
                }
            }
            v
        })
    }

    /// `super().name` in a method: looks `name` up past the defining class.
    fn super_attr(&mut self, value: &Expr, name: &str) -> Option<String> {
        let h = rusputyn_runtime::hash::hash_str(name);
        Some(match self.super_receiver(value)? {
            Ok((cls, first)) => self.q(format!(
                "rt::types::object::super_attr_h(&{cls}, &{first}, {}, {h})",
                lit(name)
            )),
            Err(e) => e,
        })
    }

    /// `super().name(args)` in a method: the method is looked up (without a bound-method
    /// object for a plain function), then the arguments are evaluated, then it is called.
    fn super_call(&mut self, value: &Expr, name: &str, args: &ast::Arguments) -> Option<String> {
        let (cls, first) = self.super_receiver(value)?.ok()?;
        let h = rusputyn_runtime::hash::hash_str(name);
        let m = self.q(format!(
            "rt::types::object::super_method_h(&{cls}, &{first}, {}, {h})",
            lit(name)
        ));
        let (pos, kw) = self.static_args(args);
        Some(self.q(format!(
            "{m}.call(&[{}], &[{}])",
            pos.join(", "),
            kw.join(", ")
        )))
    }

    /// The class and receiver expressions of a zero-argument `super()` call in a method
    /// (`None` when `value` is no such call); `Err` holds the expression raising CPython's
    /// error when the call cannot work.
    fn super_receiver(&mut self, value: &Expr) -> Option<Result<(String, String), String>> {
        let Expr::Call(call) = value else { return None };
        let Expr::Name(n) = call.func.as_ref() else {
            return None;
        };
        if n.id.as_str() != "super"
            || !call.arguments.args.is_empty()
            || !call.arguments.keywords.is_empty()
        {
            return None;
        }
        if self.resolve("super") != rusputyn_frontend::Resolution::GlobalOrBuiltin {
            return None;
        }
        // CPython's checks, in its order: the code has a first argument (a class body has
        // none), then the `__class__` cell exists (a function outside any class has none).
        let in_class_body = self.m.scopes.get(self.scope()).kind == ScopeKind::Class;
        let first = match self.f.first_param.clone() {
            Some(first) if !in_class_body => self.q(first.trim_end_matches('?')),
            _ => {
                return Some(Err(
                    self.q("Err::<Value, PyErr>(rt::support::no_super_arguments())")
                ));
            }
        };
        let Some(idx) = self.f.class_cell else {
            return Some(Ok(("Value::None".to_string(), first)));
        };
        let cls = self.q(format!(
            "rt::support::load_free(&closure[{idx}], \"__class__\")"
        ));
        Some(Ok((cls, first)))
    }

    /// The arguments of a call without `*`/`**` unpacking, evaluated left to right:
    /// positional values, then `("name", value)` keyword pairs.
    fn static_args(&mut self, args: &ast::Arguments) -> (Vec<String>, Vec<String>) {
        let pos = args.args.iter().map(|x| self.expr(x)).collect();
        let kw = args
            .keywords
            .iter()
            .map(|k| {
                let name = lit(k.arg.as_ref().map(|a| a.as_str()).unwrap_or(""));
                format!("({name}, {})", self.expr(&k.value))
            })
            .collect();
        (pos, kw)
    }

    fn call(&mut self, c: &ast::ExprCall) -> String {
        if let Some(v) = self.namespace_call(c) {
            return v;
        }
        let args = &c.arguments;
        let dynamic = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        if !dynamic
            && let Expr::Attribute(a) = c.func.as_ref()
            && let Some(v) = self.super_call(&a.value, a.attr.as_str(), args)
        {
            return v;
        }
        // Method calls avoid building a bound method.
        if !dynamic
            && let Expr::Attribute(a) = c.func.as_ref()
            && !matches!(a.value.as_ref(), Expr::Call(inner) if matches!(inner.func.as_ref(), Expr::Name(n) if n.id.as_str() == "super"))
        {
            let o = self.expr(&a.value);
            let (pos, kw) = self.static_args(args);
            // Each site has its own inline cache (`types/method_site.rs`); the method is
            // looked up before the arguments are evaluated, as in CPython.
            let bound = self.q(format!("SITE.bind(&{o})"));
            return self.q(format!(
                "{{ static SITE: rt::types::method_site::MethodSite = rt::types::method_site::MethodSite::new({}, {}); {bound}.call(&[{}], &[{}]) }}",
                lit(a.attr.as_str()),
                rusputyn_runtime::hash::hash_str(a.attr.as_str()),
                pos.join(", "),
                kw.join(", ")
            ));
        }
        // A module global called with positional arguments: loaded as a `Callee`, which
        // holds a Python function by its `Rc` and calls it without re-examining the value.
        if !dynamic
            && args.keywords.is_empty()
            && let Expr::Name(n) = c.func.as_ref()
            && let Some(callee) = self.load_global_callee(n.id.as_str())
        {
            let (pos, _) = self.static_args(args);
            return self.q(format!("{callee}.call(&[{}])", pos.join(", ")));
        }
        let f = self.expr(&c.func);
        if !dynamic {
            let (pos, kw) = self.static_args(args);
            if kw.is_empty() {
                return self.q(format!("call(&{f}, &[{}])", pos.join(", ")));
            }
            return self.q(format!(
                "call_kw(&{f}, &[{}], &[{}])",
                pos.join(", "),
                kw.join(", ")
            ));
        }
        let positional = &args.args;
        let keywords = &args.keywords;
        self.block_expr(|g| {
            let fv = format!("fv{}", g.fresh());
            g.line(format!("let {fv} = {f};"));
            let a = format!("a{}", g.fresh());
            let k = format!("k{}", g.fresh());
            g.line(format!("let mut {a}: Vec<Value> = Vec::new();"));
            g.line(format!("let mut {k}: Vec<(String, Value)> = Vec::new();"));
            for x in positional.iter() {
                match x {
                    Expr::Starred(s) => {
                        let v = g.expr(&s.value);
                        let e = g.q(format!("extend_args(&{fv}, &mut {a}, &{v})"));
                        g.line(format!("{e};"));
                    }
                    other => {
                        let v = g.expr(other);
                        g.line(format!("{a}.push({v});"));
                    }
                }
            }
            for kw in keywords.iter() {
                let v = g.expr(&kw.value);
                match &kw.arg {
                    Some(name) => {
                        let e = g.q(format!(
                            "rt::call::push_kwarg(&{fv}, &mut {k}, {}, {v})",
                            lit(name.as_str())
                        ));
                        g.line(format!("{e};"));
                    }
                    None => {
                        let e = g.q(format!("extend_kwargs(&{fv}, &mut {k}, &{v})"));
                        g.line(format!("{e};"));
                    }
                }
            }
            g.q(format!("call_ex(&{fv}, {a}, {k})"))
        })
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        generators: &[ast::Comprehension],
        kind: CompKind<'_>,
    ) -> String {
        let Some(scope) = self.m.scopes.scope_at(node) else {
            return "Value::None".into();
        };
        if generators.iter().any(|g| g.is_async) && !self.f.kind.is_async() {
            self.syntax_error(
                node,
                "asynchronous comprehension outside of an asynchronous function",
            );
            return "Value::None".into();
        }
        // The first iterable is evaluated in the enclosing scope.
        let first = self.expr(&generators[0].iter);
        self.block_expr(|g| {
            let acc = format!("acc{}", g.fresh());
            match kind {
                CompKind::List(_) => g.line(format!("let mut {acc}: Vec<Value> = Vec::new();")),
                CompKind::Set(_) => g.line(format!("let {acc} = rt::types::set::PySet::new();")),
                CompKind::Dict(..) => {
                    g.line(format!("let {acc} = rt::types::dict::PyDict::new();"))
                }
            }
            let first_it = format!("ci{}", g.fresh());
            let it = g.q(g.clause_iter(generators[0].is_async, &first));
            g.line(format!("let {first_it} = {it};"));
            g.f.scopes.push(scope);
            for s in g.m.scopes.get(scope).symbols.clone() {
                match s.resolution {
                    rusputyn_frontend::Resolution::Local => g.line(format!(
                        "let mut l_{}: Option<Value> = None;",
                        Self::ident(&s.name)
                    )),
                    rusputyn_frontend::Resolution::Cell => g.line(format!(
                        "let c_{}: Cell = new_cell(None);",
                        Self::ident(&s.name)
                    )),
                    _ => {}
                }
            }
            let depth_start = g.f.indent;
            for (i, clause) in generators.iter().enumerate() {
                let it = if i == 0 {
                    first_it.clone()
                } else {
                    let t = format!("ci{}", g.fresh());
                    let seq = g.expr(&clause.iter);
                    let iv = g.q(g.clause_iter(clause.is_async, &seq));
                    g.line(format!("let {t} = {iv};"));
                    t
                };
                let next = g.q(g.clause_next(clause.is_async, &it));
                g.line(format!("while let Some(item) = {next} {{"));
                g.f.indent += 1;
                g.assign(&clause.target, "item");
                for cond in &clause.ifs {
                    let c = g.cond(cond);
                    g.line(format!("if !({c}) {{ continue; }}"));
                }
            }
            match kind {
                CompKind::List(elt) => {
                    let v = g.expr(elt);
                    g.line(format!("{acc}.push({v});"));
                }
                CompKind::Set(elt) => {
                    let v = g.expr(elt);
                    let s = g.q(format!("{acc}.add({v})"));
                    g.line(format!("{s};"));
                }
                CompKind::Dict(k, v) => {
                    let k = g.expr(k);
                    let v = g.expr(v);
                    let s = g.q(format!("{acc}.set({k}, {v})"));
                    g.line(format!("{s};"));
                }
            }
            while g.f.indent > depth_start {
                g.f.indent -= 1;
                g.line("}");
            }
            g.f.scopes.pop();
            match kind {
                CompKind::List(_) => format!("Value::list({acc})"),
                CompKind::Set(_) => format!("Value::Set(std::rc::Rc::new({acc}))"),
                CompKind::Dict(..) => format!("Value::Dict(std::rc::Rc::new({acc}))"),
            }
        })
    }
}

/// A guess at an f-string part's length: its literal text and 8 bytes per replacement field.
fn fstring_capacity(part: &ast::FStringPart) -> usize {
    match part {
        ast::FStringPart::Literal(l) => l.value.len(),
        ast::FStringPart::FString(f) => f
            .elements
            .iter()
            .map(|e| match e {
                ast::InterpolatedStringElement::Literal(l) => l.value.len(),
                ast::InterpolatedStringElement::Interpolation(_) => 8,
            })
            .sum(),
    }
}

/// A literal CPython folds into a constant (numbers, strings, bytes, `None`, booleans, and
/// signed number literals).
pub(crate) fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::BooleanLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && matches!(u.operand.as_ref(), Expr::NumberLiteral(_))
        }
        _ => false,
    }
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}

/// Start offset of a node (for diagnostics).
#[allow(dead_code)]
pub(crate) fn start_of(e: &impl Ranged) -> usize {
    e.start().to_usize()
}

/// A Rust `f64` expression for a float literal's value (literals are never negative or
/// NaN; a literal too large for a float is infinite).
fn float_lit(f: f64) -> String {
    if f.is_infinite() {
        "f64::INFINITY".into()
    } else {
        format!("{f:?}_f64")
    }
}

/// True when `e` contains an `await` outside nested scopes (lambdas and comprehensions
/// other than list/set/dict displays run in their own function).
pub(crate) fn contains_await(e: &Expr) -> bool {
    use ast::visitor::{Visitor, walk_expr};
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Await(_) => self.0 = true,
                Expr::Lambda(_) | Expr::Generator(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut f = Finder(false);
    f.visit_expr(e);
    f.0
}

impl Gen<'_> {
    /// True when `__class__` read here would mean the implicit cell of an enclosing class
    /// that did not reach this function. The frontend threads the cell through every function
    /// between a user and its class, so this is a safety net: a diagnostic rather than a
    /// silent global lookup.
    fn class_cell_out_of_reach(&self) -> bool {
        if self.f.class_cell.is_some()
            || self.resolve("__class__") != rusputyn_frontend::Resolution::GlobalOrBuiltin
            || self
                .m
                .scopes
                .module_globals
                .iter()
                .any(|g| g == "__class__")
        {
            return false;
        }
        let mut cur = self.m.scopes.get(self.scope()).parent;
        let mut depth = 0;
        while let Some(id) = cur {
            let s = self.m.scopes.get(id);
            if s.kind == rusputyn_frontend::ScopeKind::Class {
                // Directly in a class body (depth 0) `__class__` is an ordinary name.
                return depth > 0;
            }
            depth += 1;
            cur = s.parent;
        }
        false
    }

    /// True when `name` here is the built-in `globals`/`locals` (with `code`: also `exec`
    /// and `eval`), which only the compiler can implement, not rebound by the program.
    fn is_namespace_builtin(&self, name: &str, code: bool) -> bool {
        let wanted =
            matches!(name, "globals" | "locals") || (code && matches!(name, "exec" | "eval"));
        wanted
            && matches!(
                self.resolve(name),
                rusputyn_frontend::Resolution::GlobalOrBuiltin
                    | rusputyn_frontend::Resolution::Global
            )
            && !self.m.scopes.module_globals.iter().any(|g| g == name)
    }

    /// Calls of the built-ins that read the caller's namespace, which only the compiler
    /// knows: `globals()`, `locals()`, `vars()` and `dir()` without arguments (`exec` and
    /// `eval` are reported as unsupported). `None` when the call is none of these (or the
    /// name is rebound, or `vars`/`dir` have arguments).
    fn namespace_call(&mut self, c: &ast::ExprCall) -> Option<String> {
        let Expr::Name(n) = c.func.as_ref() else {
            return None;
        };
        let name = n.id.as_str();
        let no_args = c.arguments.args.is_empty() && c.arguments.keywords.is_empty();
        if self.is_namespace_builtin(name, true) {
            if matches!(name, "exec" | "eval") {
                self.unsupported(
                    c,
                    &format!("`{name}()` of source text"),
                    "rusputyn compiles ahead of time; write the code in the program",
                );
                return Some("Value::None".into());
            }
            if !no_args {
                // CPython checks the arguments after evaluating them.
                for a in &c.arguments.args {
                    let v = self.expr(a);
                    self.line(format!("let _ = {v};"));
                }
                for k in &c.arguments.keywords {
                    let v = self.expr(&k.value);
                    self.line(format!("let _ = {v};"));
                }
                let msg = if c.arguments.keywords.is_empty() {
                    format!(
                        "{name}() takes no arguments ({} given)",
                        c.arguments.args.len()
                    )
                } else {
                    format!("{name}() takes no keyword arguments")
                };
                return Some(self.q(format!(
                    "Err::<Value, PyErr>(rt::err::type_error({}))",
                    lit(&msg)
                )));
            }
            return Some(self.namespace_of_scope(name == "globals"));
        }
        if !matches!(name, "dir" | "vars")
            || !no_args
            || !matches!(
                self.resolve(name),
                rusputyn_frontend::Resolution::GlobalOrBuiltin
                    | rusputyn_frontend::Resolution::Global
            )
            || self.m.scopes.module_globals.iter().any(|g| g == name)
        {
            return None;
        }
        if name == "vars" {
            return Some(self.namespace_of_scope(false));
        }
        let sc = self.m.scopes.get(self.scope()).clone();
        Some(match sc.kind {
            rusputyn_frontend::ScopeKind::Module => {
                // `__annotations__`, when the module has it, is a bound global slot.
                "{ let n: Vec<&str> = G.with(|g| g.bound().into_iter().map(|(k, _)| k).collect()); rt::introspect::dir_names(&n, true, false) }".to_string()
            }
            rusputyn_frontend::ScopeKind::Class => {
                let ns = self.class_namespace().unwrap_or_default();
                format!("rt::introspect::dir_dict(&{ns})?")
            }
            _ => {
                let mut pushes = String::new();
                for s in &sc.symbols {
                    let id = Self::ident(&s.name);
                    let test = match s.resolution {
                        rusputyn_frontend::Resolution::Local => format!("l_{id}.is_some()"),
                        rusputyn_frontend::Resolution::Cell
                        | rusputyn_frontend::Resolution::Free => {
                            format!("c_{id}.borrow().is_some()")
                        }
                        _ => continue,
                    };
                    pushes.push_str(&format!("if {test} {{ n.push({}); }} ", lit(&s.name)));
                }
                format!(
                    "{{ #[allow(unused_mut)] let mut n: Vec<&str> = Vec::new(); {pushes}rt::introspect::dir_names(&n, false, false) }}"
                )
            }
        })
    }

    /// `globals()` (`global_ns`) or `locals()` here: the module's live namespace; in a class
    /// body the namespace being filled; in a function a fresh dict of its bound locals,
    /// cells and free variables (CPython 3.11's snapshot), parameters first.
    fn namespace_of_scope(&mut self, global_ns: bool) -> String {
        let sc = self.m.scopes.get(self.scope()).clone();
        use rusputyn_frontend::{Resolution, ScopeKind};
        if global_ns || sc.kind == ScopeKind::Module {
            return "G.with(|g| g.namespace_value())".into();
        }
        if sc.kind == ScopeKind::Class {
            let ns = self.class_namespace().unwrap_or_default();
            return format!("rt::introspect::class_locals(&{ns})");
        }
        // CPython's order: parameters, other locals, other cells, free variables.
        let rank = |s: &rusputyn_frontend::scope::Symbol| match (s.is_param, s.resolution) {
            (true, _) => 0,
            (false, Resolution::Local) => 1,
            (false, Resolution::Cell) => 2,
            _ => 3,
        };
        let mut symbols: Vec<_> = sc
            .symbols
            .iter()
            .filter(|s| {
                matches!(
                    s.resolution,
                    Resolution::Local | Resolution::Cell | Resolution::Free
                )
            })
            .collect();
        symbols.sort_by_key(|s| rank(s));
        let mut sets = String::new();
        for s in symbols {
            let id = Self::ident(&s.name);
            let read = match s.resolution {
                Resolution::Local => format!("l_{id}.clone()"),
                _ => format!("c_{id}.borrow().clone()"),
            };
            sets.push_str(&format!(
                "if let Some(v) = {read} {{ d.set_str({}, v); }} ",
                lit(&s.name)
            ));
        }
        format!(
            "{{ let d = rt::types::dict::PyDict::new(); {sets}Value::Dict(std::rc::Rc::new(d)) }}"
        )
    }
}
