"""`compile(pattern, flags)`: `re.compile` with a faster equivalent for patterns that
start with a word boundary.

Python's regex engine finds where to try a pattern by its literal prefix or the set of
its possible first characters; a leading `\\b` hides both, so `\\bpengaduan\\b` is tried
at every position of the text (measured: ten times slower than `pengaduan\\b` on news
text). Most vocabulary patterns start with `\\b`. The rewrite moves the boundary
after the first character, where it becomes a look-behind: `\\bp...` -> `p(?<!\\wp)...`
(the character before the `p` is not a word character, or there is none), which
matches exactly the same strings at the same offsets, and the engine can skip ahead
to each `p`. A leading `\\b` before an alternation goes into each alternative.

Only these cases are rewritten: the boundary followed by a literal word character,
directly or at the start of each alternative of a top-level alternation (capturing
groups are left alone: their spans would change). Everything else, and any failure of
the rewrite, compiles the pattern as written. With IGNORECASE only a single literal
is rewritten (an alternation of case-insensitive first letters is slower rewritten).
tests/test_fastre.py checks that rewritten patterns find the same matches.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

try:  # the parser and compiler behind re.compile (Python 3.11+)
    from re import _compiler as _C, _constants as _K, _parser as _P
except ImportError:  # pragma: no cover - older layouts: compile as written
    _C = _K = _P = None

_BOUNDARY = None if _K is None else (_K.AT, _K.AT_BOUNDARY)
_WORD_CHAR = re.compile(r"\w")
_WORD_CHAR_ASCII = re.compile(r"\w", re.ASCII)


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, rewritten for speed when it starts with `\\b`."""
    if _P is None or not isinstance(pattern, str) or ("\\b" not in pattern and "(?<" not in pattern
                                                     and not flags & re.IGNORECASE):
        return re.compile(pattern, flags)
    try:
        parsed = _P.parse(pattern, flags)
        seq = _rewrite(list(parsed.data), parsed.state, flags)
        every = flags | parsed.state.flags
        if seq is None and flags & re.IGNORECASE:
            seq = _rewrite_ci_branch(list(parsed.data), parsed.state, every)
        first = (seq or parsed.data or [(None, None)])[0]
        if flags & re.IGNORECASE and first[0] is _K.LITERAL and _ci_variants(first[1], every) is not None:
            # (a pattern opening with a letter, or with one moved before its boundary: the
            # letter read case-sensitively too, so the engine skips to where it is)
            seq = [_exact(_ci_variants(first[1], every), parsed.state)] + list(seq or parsed.data)[1:]
        if seq is None:
            return re.compile(pattern, flags)
        parsed.data = seq
        return _compile_parsed(parsed, pattern, flags)
    except Exception:  # a construct the rewrite does not know: keep the original
        return re.compile(pattern, flags)


def _compile_parsed(parsed, pattern: str, flags: int) -> re.Pattern:
    """What re._compiler.compile does with a parsed pattern, keeping `pattern` as the
    compiled object's `.pattern` (for messages, and pickling compiles it as written)."""
    code = _C._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return _C._sre.compile(pattern, flags | parsed.state.flags, code, parsed.state.groups - 1,
                           groupindex, tuple(indexgroup))


def _is_word(code: int, flags: int) -> bool:
    rx = _WORD_CHAR_ASCII if flags & re.ASCII else _WORD_CHAR
    return bool(rx.match(chr(code)))


def _rewrite(seq: list, state, flags: int, top: bool = True):
    """The op sequence with a leading boundary moved behind the first literal, or None
    when nothing was rewritten."""
    if len(seq) >= 2 and seq[0][0] in (_K.ASSERT, _K.ASSERT_NOT) and seq[0][1][0] == -1 \
            and seq[1][0] is _K.LITERAL:
        # a look-behind before a literal: "(?<![\w/_-])MoU" -> "M(?<![\w/_-]M)oU", the same
        # check made one character later, so the literal leads
        op, (direction, look) = seq[0]
        widened = _P.SubPattern(state, list(look.data) + [seq[1]])
        return [seq[1], (op, (direction, widened))] + seq[2:]
    if seq and seq[0] == _BOUNDARY and len(seq) >= 2:
        nxt = seq[1]
        if nxt[0] is _K.LITERAL and _is_word(nxt[1], flags):
            look = _P.SubPattern(state, [(_K.IN, [(_K.CATEGORY, _K.CATEGORY_WORD)]), (_K.LITERAL, nxt[1])])
            return [nxt, (_K.ASSERT_NOT, (-1, look))] + seq[2:]
        if nxt[0] is _K.BRANCH and top and not flags & re.IGNORECASE:
            alts = []
            for alt in nxt[1][1]:
                new = _rewrite([_BOUNDARY] + list(alt.data), state, flags, top=False)
                if new is None:
                    return None
                alts.append(_P.SubPattern(alt.state, new))
            return [(_K.BRANCH, (None, alts))] + seq[2:]
        return None
    if top and len(seq) == 1 and seq[0][0] is _K.BRANCH and not flags & re.IGNORECASE:
        # "\bfoo|bar\b|\bbaz": rewrite the alternatives that start with a boundary
        alts, changed = [], False
        for alt in seq[0][1][1]:
            new = _rewrite(list(alt.data), state, flags, top=False)
            changed |= new is not None
            alts.append(_P.SubPattern(alt.state, new if new is not None else list(alt.data)))
        return [(_K.BRANCH, (None, alts))] if changed else None
    return None


# (round 31) A case-insensitive alternation after a boundary, "(?<![\w-])(?:akan|bakal|
# rencana)" or "\b(?:kerja|nota)\b" with IGNORECASE: the engine tries every alternative at
# every position (a case-insensitive first letter gives it no way to skip). Rewritten:
# the first character read case-sensitively from the set of all first letters in both
# cases (so the engine skips to them), the boundary checked behind it, then only the
# alternatives opening with that letter (alternatives with different first letters
# never match at one position, so grouping them keeps which one matches):
# "(?-i:[aAbBrR])(?<![\w-](?s:.))(?:(?<=(?-i:[aA]))kan|(?<=(?-i:[bB]))akal|...)".
# The characters IGNORECASE matches to an ASCII letter: its two cases, and for i, s and
# k the four others the re documentation names (not with ASCII).
_CASE_VARIANTS = {"i": "iI\u0130\u0131", "s": "sS\u017f", "k": "kK\u212a"}


def _ci_variants(code: int, flags: int) -> Optional[str]:
    """The characters an IGNORECASE literal `code` matches, or None when not known here."""
    c = chr(code)
    if not c.isascii() or flags & re.LOCALE:
        return None
    if not c.isalpha():
        return c
    return c.lower() + c.upper() if flags & re.ASCII else _CASE_VARIANTS.get(c.lower(), c.lower() + c.upper())


def _has_group(data) -> bool:
    """Whether a parsed sequence holds a capturing group or a reference to one."""
    for op, av in data:
        if op is _K.SUBPATTERN and av[0] is not None or op in (_K.GROUPREF, _K.GROUPREF_EXISTS):
            return True
        for x in av if isinstance(av, (tuple, list)) else (av,):  # (the parts any op holds)
            for sp in x if isinstance(x, list) else (x,):
                if isinstance(sp, _P.SubPattern) and _has_group(list(sp.data)):
                    return True
    return False


def _flat_alternatives(alts) -> Optional[list]:
    """The alternatives with a leading nested alternation or an optional part written
    out, in the order the engine tries them ("(?:a|b)c" -> "ac", "bc"; "(?:se)?m" ->
    "sem", "m"), or None."""
    out, todo = [], [list(a.data) for a in alts]
    while todo:
        data = todo.pop(0)
        if data and data[0][0] is _K.BRANCH and not _has_group(data):
            todo[:0] = [list(a.data) + data[1:] for a in data[0][1][1]]
        elif data and data[0][0] is _K.MAX_REPEAT and data[0][1][:2] == (0, 1) and not _has_group(data):
            todo[:0] = [list(data[0][1][2].data) + data[1:], data[1:]]
        else:
            out.append(data)
        if len(out) + len(todo) > 400:
            return None
    return out


def _first_chars(op, flags: int) -> Optional[str]:
    """The characters an alternative's first op matches (one character), when it is a
    letter or a set of characters no case applies to ("[—–-]", "♬"), else None."""
    if op[0] is _K.LITERAL:
        if chr(op[1]).isascii():
            return _ci_variants(op[1], flags)
        return None if _C._sre.unicode_iscased(op[1]) else chr(op[1])
    if op[0] is _K.IN and all(o is _K.LITERAL and not _C._sre.unicode_iscased(c) for o, c in op[1]):
        return "".join(sorted({chr(c) for _, c in op[1]}))
    return None


def _exact(chars: str, state) -> tuple:
    """A set of characters read case-sensitively, "(?-i:[aA])"."""
    return (_K.SUBPATTERN, (None, 0, re.IGNORECASE, _P.SubPattern(state, [(_K.IN, [(_K.LITERAL, ord(c)) for c in chars])])))


def _rewrite_ci_branch(seq: list, state, flags: int):
    """(IGNORECASE) The sequence with a boundary and an alternation at its start rewritten
    as the comment above says, or None."""
    if seq and seq[0][0] is _K.BRANCH:  # (no boundary before it)
        seq = [None] + seq
    if len(seq) < 2 or seq[1][0] is not _K.BRANCH \
            or not (seq[0] is None or seq[0] == _BOUNDARY or seq[0][0] is _K.ASSERT_NOT and seq[0][1][0] == -1):
        return None
    lead = seq[0]
    alts = _flat_alternatives(seq[1][1][1])
    if alts is None:
        return None
    groups: dict = {}  # first letter's variants -> the alternatives' rests, in order
    for data in alts:
        if len(data) >= 2 and data[0][0] is _K.ASSERT_NOT and data[0][1][0] == -1 and data[1][0] is _K.LITERAL:
            # "(?<!keluarga\s)berencana" -> "b(?<!keluarga\sb)erencana", as _rewrite does
            op, (direction, look) = data[0]
            data = [data[1], (op, (direction, _P.SubPattern(state, list(look.data) + [data[1]])))] + data[2:]
        if data and data[0][0] is _K.MAX_REPEAT and data[0][1][0] >= 1 and len(data[0][1][2].data) == 1:
            # "[—–-]{1,2}x" -> "[—–-][—–-]{0,1}x": the first of the repeated characters apart
            lo, hi, item = data[0][1]
            rest = (_K.MAX_REPEAT, (lo - 1, hi if hi is _K.MAXREPEAT else hi - 1, item))
            data = [item.data[0], rest] + data[1:]
        variants = _first_chars(data[0], flags) if data else None
        if variants is None or lead == _BOUNDARY and not all(_is_word(ord(c), 0) for c in variants):
            return None
        groups.setdefault(variants, []).append(_P.SubPattern(state, data[1:]))
    if len(set("".join(groups))) != sum(map(len, groups)):
        return None  # (two groups share a character: both might match at one position)

    def exact(chars: str):
        return _exact(chars, state)

    any_char = (_K.SUBPATTERN, (None, re.DOTALL, 0, _P.SubPattern(state, [(_K.ANY, None)])))
    if lead == _BOUNDARY:  # (every first character is a word character)
        behind = [(_K.IN, [(_K.CATEGORY, _K.CATEGORY_WORD)])]
    elif lead is not None:
        behind = list(lead[1][1].data)
    moved = [] if lead is None else [(_K.ASSERT_NOT, (-1, _P.SubPattern(state, behind + [any_char])))]
    branches = []
    for variants, rests in groups.items():
        body = [(_K.BRANCH, (None, rests))] if len(rests) > 1 else list(rests[0].data)
        branches.append(_P.SubPattern(state, [(_K.ASSERT, (-1, _P.SubPattern(state, [exact(variants)])))] + body))
    return [exact("".join(groups))] + moved + [(_K.BRANCH, (None, branches))] + seq[2:]


def finditer_at(rx: re.Pattern, text: str, starts: list[int], pos: int, endpos: int):
    """`rx.finditer(text, pos, endpos)` when every match of `rx` starts at one of the
    sorted positions `starts` (found by one cheap scan of the text for where any of a
    vocabulary's patterns can begin): `rx` is tried only there. Matches must not be
    empty. The dates and scope stages use it; their tests check it against finditer."""
    end = -1
    for p in starts[bisect_left(starts, pos):bisect_left(starts, endpos)]:
        if p >= end:
            m = rx.match(text, p, endpos)
            if m:
                end = m.end()
                yield m


def literal_prefixes(rx: re.Pattern, max_len: int = 6):
    """Strings (at most `max_len` long) one of which starts every match of `rx`, none a
    prefix of another; None when some match may start with anything. A scan for these
    strings finds every position where `rx` can match (see finditer_at)."""
    if _P is None or rx.flags & re.IGNORECASE:
        return None
    zero_width = (_K.AT, _K.ASSERT, _K.ASSERT_NOT)  # skipping these only adds positions

    def walk(seq, acc):
        for i, (op, av) in enumerate(seq):
            if len(acc) >= max_len:
                break
            if op is _K.LITERAL:
                acc += chr(av)
                continue
            if op in zero_width:
                continue
            rest = list(seq[i + 1:])
            if op is _K.SUBPATTERN and not av[1] and not av[2]:  # (group, +flags, -flags, p)
                return walk(list(av[3].data) + rest, acc)
            if op is _K.BRANCH:
                return set().union(*(walk(list(alt.data) + rest, acc) for alt in av[1]))
            if op in (_K.MAX_REPEAT, _K.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
                return walk(list(av[2].data) + rest, acc) | walk(rest, acc)
            if op in (_K.MAX_REPEAT, _K.MIN_REPEAT) and av[0] >= 1:
                return walk(list(av[2].data), acc)
            break  # anything else ends the literal prefix
        return {acc}

    try:
        found = walk(list(_P.parse(rx.pattern, rx.flags).data), "")
    except Exception:  # a construct the walk does not know
        return None
    if "" in found or len(found) > 500:
        return None
    return frozenset(p for p in found if not any(q != p and p.startswith(q) for q in found))


def required_words(rx: re.Pattern) -> Optional[tuple[str, ...]]:
    """Strings (lower case, ASCII) one of which every match of `rx` contains, or None when
    the pattern needs none. Read from the pattern: a run of literal characters (zero-width
    assertions do not break it), every alternative of a group, the body of a repeat done at
    least once; of the sequence's candidates, the one whose shortest string is longest.
    `may_match` tests them (a prefilter: where none is, `rx` finds nothing)."""
    if _P is None:
        return None

    def ascii_set(words):
        return words if words and all(w and w.isascii() for w in words) else None

    def seq(items):
        best = None

        def consider(words):
            nonlocal best
            words = ascii_set(words)
            if words is not None and (best is None or min(map(len, words)) > min(map(len, best))):
                best = words

        run = ""
        for op, av in items:
            if op is _K.LITERAL:
                run += chr(av)
                continue
            if op in (_K.AT, _K.ASSERT, _K.ASSERT_NOT):
                continue  # zero-width: the literals around it are adjacent in the match
            if run:
                consider({run.lower()})
                run = ""
            if op is _K.SUBPATTERN:
                consider(seq(av[3].data))
            elif op is _K.ATOMIC_GROUP:
                consider(seq(av.data))
            elif op is _K.BRANCH:
                alts = [seq(a.data) for a in av[1]]
                if all(a is not None for a in alts):
                    consider(set().union(*alts))
            elif op in (_K.MAX_REPEAT, _K.MIN_REPEAT, _K.POSSESSIVE_REPEAT) and av[0] >= 1:
                consider(seq(av[2].data))
            elif op is _K.IN and av and all(o is _K.LITERAL for o, _ in av):
                consider({chr(c).lower() for _, c in av})
        if run:
            consider({run.lower()})
        return best

    try:
        found = seq(_P.parse(rx.pattern, rx.flags).data)
    except Exception:  # a construct the walk does not know
        return None
    return tuple(sorted(found)) if found else None


# letters IGNORECASE matches to ASCII letters that str.lower() does not turn into them
# ("ı" and "İ" match "i", "ſ" matches "s"; the Kelvin sign lowers to "k")
_ODD_CASE = frozenset("\u0130\u0131\u017f")


def plain_case(text: str) -> bool:
    """Whether a pattern's ASCII letters match in `text` (IGNORECASE or not) only where
    text.lower() has them in lower case: `text` has none of the odd letters above."""
    # (speed: an ASCII text has none; else three substring searches, faster than a set
    # test of every character)
    return text.isascii() or ("\u0130" not in text and "\u0131" not in text and "\u017f" not in text)


def may_match(words: Optional[tuple[str, ...]], text: str, pos: int, endpos: int) -> bool:
    """False only when no match of the pattern `words` were read from (required_words)
    can lie in text[pos:endpos]: none of the words is in it, compared in lower case."""
    if words is None:
        return True
    part = text[pos:endpos]
    if not plain_case(part):
        return True
    low = part.lower()
    return any(w in low for w in words)
