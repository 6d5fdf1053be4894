# ExceptionGroup.subgroup() and split() divide a group by a type or a predicate.
group = ExceptionGroup("batch", [ValueError(1), OSError("io"), ValueError(2), ExceptionGroup("inner", [ValueError(3)])])
print(str(group))
values = group.subgroup(ValueError)
print("subgroup:", repr(values))
matched, rest = group.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print("matched:", repr(matched))
print("rest:", repr(rest))
