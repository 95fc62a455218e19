#!/usr/bin/env python3
"""wasm_size.py — code of a WebAssembly file by origin and its largest functions
(bench/wasm_size.sh).

  wasm_size.py WASM TOP              names from the file's "name" section
  wasm_size.py WASM TOP SYMBOLS      names from a wasm-split symbol map (index:name)
"""
import re, subprocess, sys
wasm, top = sys.argv[1], int(sys.argv[2])
symbols = sys.argv[3] if len(sys.argv) > 3 else None
b = open(wasm, 'rb').read()
def leb(pos):
    r = s = 0
    while True:
        x = b[pos]; pos += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, pos
pos, imported, bodies, names, raw = 8, 0, [], {}, {}
while pos < len(b):
    sid = b[pos]; size, p = leb(pos + 1); end = p + size
    if sid == 2:                                # imports: count the functions
        n, q = leb(p)
        for _ in range(n):
            for _ in range(2): l, q = leb(q); q += l
            kind = b[q]; q += 1
            if kind == 0: _, q = leb(q); imported += 1
            elif kind == 1: q += 1; fl, q = leb(q); _, q = leb(q); q = leb(q)[1] if fl & 1 else q
            elif kind == 2: fl, q = leb(q); _, q = leb(q); q = leb(q)[1] if fl & 1 else q
            elif kind == 3: q += 2
            else: _, q = leb(q); q += 0
    if sid == 10:                               # code: one body per defined function
        n, q = leb(p)
        for i in range(n):
            l, q2 = leb(q); bodies.append((imported + i, q2 - q + l)); raw[imported + i] = b[q2:q2 + l]; q = q2 + l
    if sid == 0:                                # custom: the "name" section, function names
        l, q = leb(p)
        if b[q:q + l] == b'name':
            q += l
            while q < end:
                sub = b[q]; sl, q = leb(q + 1); send = q + sl
                if sub == 1:
                    n, q = leb(q)
                    for _ in range(n):
                        idx, q = leb(q); nl, q = leb(q)
                        names[idx] = b[q:q + nl].decode('utf-8', 'replace'); q += nl
                q = send
    pos = end
if symbols:                                     # a wasm-split symbol map: index:name
    for line in open(symbols, encoding='utf-8'):
        i, _, n = line.rstrip('\n').partition(':')
        names[int(i)] = re.sub(r'\\([0-9a-f]{2})', lambda m: chr(int(m.group(1), 16)), n)   # Binaryen escapes as \28
mangled = [names.get(i, f'func{i}') for i, _ in bodies]
dem = subprocess.run(['c++filt'], input='\n'.join(mangled), capture_output=True, text=True).stdout.split('\n')
def origin(n):
    if 'nlohmann' in n: return 'nlohmann/json'
    if 'dc::ui' in n or 'dc::platform' in n or 'dc::widgets' in n or n.startswith(('dc_', '(anonymous namespace)::frame', 'main')): return 'app UI + platform'
    if 'dc::' in n or 'date::' in n: return 'app core'
    if 'ImGui' in n or n.startswith(('Im', 'stb', 'ImStb')) or 'ImFont' in n or 'ImDraw' in n or 'stbtt' in n or 'stbrp' in n: return 'Dear ImGui (+stb)'
    if n.startswith(('SDL_', 'Emscripten_', 'SDL', 'Blit')) or 'SDL' in n[:12]: return 'SDL2'   # Blit*: SDL's surface blitters
    if 'std::' in n or n.startswith('__cxx') or n.startswith('operator'): return 'libc++'
    return 'libc / runtime / other'
groups, code = {}, {}
rows = []
for (i, sz), n in zip(bodies, dem):
    g = origin(n); groups[g] = groups.get(g, 0) + sz; rows.append((sz, g, n))
    code.setdefault(g, []).append(raw[i])
total = sum(groups.values())
# gzip of each origin's bodies on their own: what that code adds to the transfer, roughly
import gzip
print(f'\ncode by origin ({len(bodies)} functions, {total/1024:.1f} KB of function bodies; gzip -9 of each group alone):')
for g, sz in sorted(groups.items(), key=lambda x: -x[1]):
    print(f'  {g:<24} {sz/1024:8.1f} KB  {100*sz/total:5.1f} %  gzip {len(gzip.compress(b"".join(code[g]), 9))/1024:6.1f} KB')
areas = [('export (docx/ics/csv/html)', ('export', 'html_', 'docx', 'ics', 'csv', 'zip', 'xml')), ('plan file read/write', ('read_plan', 'write_plan', 'Json', 'json', 'plan_file')),
         ('validate', ('validate', 'Finding')), ('text (NFC, case, search, TCVN3)', ('nfc', 'nfd', 'compose', 'upper_vi', 'lower_vi', 'search', 'tcvn', 'sort_key', 'utf8', 'text')),
         ('paste', ('paste',)), ('library/autosave', ('Library', 'library', 'Autosave', 'crc32', 'envelope')), ('editor/undo', ('Editor', 'editor')),
         ('dates/times', ('date', 'time', 'deadline', 'Date'))]
core = {}
for sz, g, n in rows:
    if g != 'app core': continue
    a = next((name for name, keys in areas if any(k in n for k in keys)), 'other core')
    core[a] = core.get(a, 0) + sz
print('\napp core by area (by function name):')
for a, sz in sorted(core.items(), key=lambda x: -x[1]):
    print(f'  {a:<34} {sz/1024:8.1f} KB')
print(f'\nlargest {top} functions:')
for sz, g, n in sorted(rows, reverse=True)[:top]:
    print(f'  {sz/1024:7.1f} KB  {g:<22} {n[:110]}')
