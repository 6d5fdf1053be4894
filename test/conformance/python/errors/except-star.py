# except* handles each type of exception in a group; unhandled ones go on up (3.11+).
def raise_group():
    raise ExceptionGroup("several problems", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])


try:
    try:
        raise_group()
    except* ValueError as group:
        print("ValueError branch:", [str(e) for e in group.exceptions])
    except* TypeError as group:
        print("TypeError branch:", [str(e) for e in group.exceptions])
except ExceptionGroup as rest:
    print("left over:", rest.exceptions)
