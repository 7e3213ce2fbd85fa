#!/usr/bin/python3
"""The .ipynb side of tools/notebooks.sh (Debian's python3 with nbformat).

  prepare STORED RUN_COPY --feed DIR --version V   copy the notebook for a run: the first code cell's
                                                   `#r "nuget: CareCommunity.*, X"` lines take version V and a line
                                                   `#i "nuget: DIR"` is put first
  refresh STORED EXECUTED --feed DIR --version V   normalise EXECUTED's outputs and write them into STORED
  check   STORED EXECUTED --feed DIR --version V   exit 1, with a diff, when STORED's outputs are not EXECUTED's
  errors  EXECUTED                                 print the stderr (the compiler's diagnostics) of the first failing
                                                   cell of a run made with errors allowed

Normalising drops what changes from run to run or says nothing: execution timings and output metadata, the
kernel's script block (first cell), the harmless `warning CS1701` stream text, and the run's feed and version
(replaced by the notebook's own version).
"""
import argparse
import difflib
import json
import re
import sys

import nbformat

PACKAGE_LINE = re.compile(r'^(#r\s+"nuget:\s*CareCommunity\.[\w.]+\s*,\s*)([^"]+?)(\s*")', re.M)
KERNEL_SCRIPT = "dotnet-interactive-this-cell"
CS1701 = re.compile(r"\n?warning CS1701:[^\n]*\n\n?")


def first_code_cell(nb, path):
    for cell in nb.cells:
        if cell.cell_type == "code":
            if not PACKAGE_LINE.search(cell.source):
                sys.exit(f'{path}: the first code cell has no #r "nuget: CareCommunity.…, <version>" line')
            return cell
    sys.exit(f"{path}: no code cell")


def stored_version(nb, path):
    return PACKAGE_LINE.search(first_code_cell(nb, path).source).group(2)


def normalise_text(text, feed, version, stored):
    text = text.replace(f"<li><span> {feed}</span></li>", "")
    text = text.replace("<div><strong>Restore sources</strong><ul></ul></div>", "")
    return text.replace(version, stored).replace(feed, "<feed>")


def normalise(outputs, feed, version, stored):
    result = []
    for output in outputs:
        output = json.loads(json.dumps(output))  # a plain copy
        if output["output_type"] == "stream":
            output["text"] = normalise_text(CS1701.sub("", "".join(output["text"])), feed, version, stored)
            if not output["text"].strip():
                continue
        elif "data" in output:
            data = {mime: value if isinstance(value, (dict, list)) and mime.endswith("json") else "".join(value)
                    for mime, value in output["data"].items()}
            if KERNEL_SCRIPT in data.get("text/html", ""):
                continue
            output["data"] = {mime: normalise_text(value, feed, version, stored) if isinstance(value, str) else value
                              for mime, value in data.items()}
            output["metadata"] = {}
        result.append(nbformat.from_dict(output))
    return result


def readable(outputs):
    """One block of lines per output, for a diff: HTML split at row ends, so a changed table row shows as one."""
    lines = []
    for output in outputs:
        if output["output_type"] == "stream":
            lines += [f"[{output['name']}]"] + output["text"].splitlines()
        elif "data" in output:
            for mime, value in sorted(output["data"].items()):
                value = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
                if "html" in mime or "svg" in mime:
                    value = re.sub(r"(</tr>|</text>|<tbody>|<style>)", r"\1\n", value)
                lines += [f"[{output['output_type']} {mime}]"] + value.splitlines()
        else:
            lines += [f"[{output['output_type']}]", json.dumps(output, sort_keys=True)]
    return lines


def load_pair(args):
    stored = nbformat.read(args.stored, as_version=4)
    executed = nbformat.read(args.other, as_version=4)
    kinds = lambda nb: [c.cell_type for c in nb.cells]
    if kinds(stored) != kinds(executed):
        sys.exit(f"{args.stored}: the executed copy's cells do not match the notebook's")
    return stored, executed, stored_version(stored, args.stored)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["prepare", "refresh", "check", "errors"])
    parser.add_argument("stored")
    parser.add_argument("other", nargs="?")
    parser.add_argument("--feed")
    parser.add_argument("--version")
    args = parser.parse_args()

    if args.mode == "errors":
        nb = nbformat.read(args.stored, as_version=4)
        for i, cell in enumerate(nb.cells):
            errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
            if errors:
                print(f"cell {i}:")
                for o in cell.outputs:
                    if o.output_type == "stream" and o.name == "stderr":
                        print(o.text.strip())
                return 0
        return 0
    if not (args.other and args.feed and args.version):
        parser.error(f"{args.mode} needs STORED, OTHER, --feed and --version")

    if args.mode == "prepare":
        nb = nbformat.read(args.stored, as_version=4)
        cell = first_code_cell(nb, args.stored)
        cell.source = f'#i "nuget: {args.feed}"\n' + PACKAGE_LINE.sub(
            lambda m: m.group(1) + args.version + m.group(3), cell.source)
        nbformat.write(nb, args.other)
        return 0

    stored, executed, version = load_pair(args)
    code = [(i, s, e) for i, (s, e) in enumerate(zip(stored.cells, executed.cells)) if s.cell_type == "code"]
    if args.mode == "refresh":
        for _, s, e in code:
            s.outputs = normalise(e.outputs, args.feed, args.version, version)
            s.execution_count = e.execution_count
            s.metadata.pop("execution", None)
        nbformat.write(stored, args.stored)
        print(f"refreshed {args.stored}")
        return 0

    stale = 0
    for i, s, e in code:
        want = readable(normalise(e.outputs, args.feed, args.version, version))
        have = readable(normalise(s.outputs, args.feed, args.version, version))
        if want != have:
            stale += 1
            print(f"STALE: {args.stored}, cell {i} ({s.source.splitlines()[0] if s.source else ''!r}):")
            sys.stdout.writelines(line + "\n" for line in difflib.unified_diff(
                have, want, "stored", "fresh run", lineterm="", n=2))
    if stale:
        print(f"{args.stored}: {stale} code cell(s) with stale outputs; run tools/notebooks.sh refresh")
        return 1
    print(f"up to date: {args.stored}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
