"""What Looplab knows about a learner's Python program before it runs.

`describe` compiles the source (a SyntaxError is reported with its line and
column and nothing runs), and builds the tables the trace points into, in the
shape of the TypeScript engine's ProgramInfo (app/engine/trace/program.ts):

- locations: one per statement (1-based line and column spans, as editors
  show them), index 0 meaning "no location";
- functions: the module (index 0) and every function, lambda, generator and
  coroutine the program defines, found by walking the compiled code objects.

It also keeps, for the run itself, which location each source line belongs to
and which function each code object is.
"""

import ast
import inspect

CO_GENERATOR = inspect.CO_GENERATOR
CO_COROUTINE = inspect.CO_COROUTINE
CO_ASYNC_GENERATOR = inspect.CO_ASYNC_GENERATOR


class Program:
    __slots__ = ('source', 'filename', 'code', 'locations', 'functions', 'line_locations', 'code_functions', 'function_locations')

    def __init__(self, source, filename, code, locations, functions, line_locations, code_functions):
        self.source = source
        self.filename = filename
        self.code = code
        self.locations = locations
        self.functions = functions
        self.line_locations = line_locations
        self.code_functions = code_functions
        self.function_locations = [f['loc'] for f in functions]

    def info(self):
        """The ProgramInfo the host hands to the views."""
        return {'source': self.source, 'fileName': self.filename, 'locations': self.locations, 'functions': self.functions}


def _column(lines, line, byte_offset):
    """A 1-based character column from ast's 0-based UTF-8 byte offset."""
    text = lines[line - 1] if 0 < line <= len(lines) else ''
    return len(text.encode('utf-8')[:byte_offset].decode('utf-8', errors='ignore')) + 1


def _contains_await(node):
    stack = list(ast.iter_child_nodes(node))
    while stack:
        child = stack.pop()
        if isinstance(child, (ast.Await, ast.AsyncFor, ast.AsyncWith)):
            return True
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        stack.extend(ast.iter_child_nodes(child))
    return False


def _role(node):
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return 'function'
    if isinstance(node, (ast.AsyncFor,)):
        return 'for-await'
    if isinstance(node, (ast.For, ast.While)):
        return 'loop'
    if _contains_await(node):
        return 'await'
    return 'statement'


def _kind(code):
    if code.co_name == '<module>':
        return 'module'
    if code.co_flags & CO_ASYNC_GENERATOR:
        return 'async-generator'
    if code.co_flags & CO_COROUTINE:
        return 'async'
    if code.co_flags & CO_GENERATOR:
        return 'generator'
    if code.co_name == '<lambda>':
        return 'arrow'
    return 'function'


def describe(source, filename):
    """Compiles and describes `source`; raises SyntaxError as CPython would."""
    code = compile(source, filename, 'exec', dont_inherit=True)
    tree = ast.parse(source, filename)
    lines = source.splitlines()

    locations = [{'line': 0, 'column': 0, 'endLine': 0, 'endColumn': 0, 'role': 'statement'}]
    starts = {}
    spans = []
    defs = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            defs.setdefault((node.lineno, getattr(node, 'name', '<lambda>')), node)
        if not isinstance(node, ast.stmt):
            continue
        end_line = node.end_lineno or node.lineno
        loc = len(locations)
        locations.append({
            'line': node.lineno,
            'column': _column(lines, node.lineno, node.col_offset),
            'endLine': end_line,
            'endColumn': _column(lines, end_line, node.end_col_offset or 0),
            'role': _role(node),
        })
        starts.setdefault(node.lineno, loc)
        spans.append((node.lineno, end_line, loc))

    line_locations = {}
    for line in range(1, len(lines) + 1):
        if line in starts:
            line_locations[line] = starts[line]
            continue
        best = None
        for first, last, loc in spans:
            if first <= line <= last and (best is None or first >= best[0]):
                best = (first, loc)
        if best is not None:
            line_locations[line] = best[1]

    functions = [{'name': '<module>', 'kind': 'module', 'loc': 0}]
    code_functions = {code: 0}
    pending = [c for c in code.co_consts if hasattr(c, 'co_code')]
    while pending:
        co = pending.pop(0)
        if co in code_functions:
            continue
        node = defs.get((co.co_firstlineno, co.co_name))
        loc = line_locations.get(node.lineno if node is not None else co.co_firstlineno, 0)
        code_functions[co] = len(functions)
        functions.append({'name': co.co_qualname if co.co_name != '<lambda>' else '<lambda>', 'kind': _kind(co), 'loc': loc})
        pending.extend(c for c in co.co_consts if hasattr(c, 'co_code'))
    return Program(source, filename, code, locations, functions, line_locations, code_functions)


def syntax_error_diagnostic(error):
    """A SyntaxError as the editor marks it: line, column (1-based) and CPython's message."""
    line = error.lineno or 1
    column = error.offset or 1
    end_line = getattr(error, 'end_lineno', None) or line
    end_column = getattr(error, 'end_offset', None) or column + 1
    if end_line == line and end_column <= column:
        end_column = column + 1
    return {
        'line': line,
        'column': column,
        'endLine': end_line,
        'endColumn': end_column,
        'message': f'{type(error).__name__}: {error.msg}',
        'code': 0,
    }
