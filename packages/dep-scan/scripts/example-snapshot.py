#!/usr/bin/env python3
"""Writes examples/fraud-detection/advisories/: the facts (ids, aliases, ranges, severity, a
one-line summary, the advisory link) of the PyPA advisories that hit the example's pins, as OSV
records, so the demo runs offline. Usage: example-snapshot.py <corpora>/osv/PyPI-pypa-2024-10-10.zip <out-dir>
Data: pypa/advisory-database, CC-BY-4.0 (attribution kept in the folder's README)."""
import json, re, sys, zipfile

PINS = {"joblib": "1.1.0", "torch": "1.13.0", "mlflow": "2.2.1", "pillow": "9.0.0", "requests": "2.25.1",
        "pyyaml": "5.3.1", "flask": "2.2.2", "numpy": "1.24.4", "pandas": "1.5.3", "scikit-learn": "1.2.2"}

def main(zip_path, out):
    with zipfile.ZipFile(zip_path) as z:
        for name in sorted(z.namelist()):
            r = json.loads(z.read(name))
            if r.get("withdrawn"):
                continue
            for a in r.get("affected", []):
                pkg = a["package"]["name"].lower()
                if PINS.get(pkg) in (a.get("versions") or []):
                    ranges = [{"type": g["type"], "events": g["events"]} for g in a.get("ranges", []) if g["type"] == "ECOSYSTEM"]
                    text = " ".join((r.get("details") or r["id"]).split())
                    # Up to ~200 characters, ending on a sentence when one ends in that span.
                    cut = text[:200]
                    end = max(cut.rfind(". "), cut.rfind(".\n"))
                    first = cut[: end + 1] if end > 60 else (cut if len(text) <= 200 else cut[: cut.rfind(" ")] + "...")
                    rec = {"schema_version": "1.6.0", "id": r["id"], "modified": r["modified"], "published": r.get("published"),
                           "aliases": r.get("aliases", []), "summary": first,
                           "affected": [{"package": {"ecosystem": "PyPI", "name": a["package"]["name"]}, "ranges": ranges}],
                           "references": [{"type": "ADVISORY", "url": f"https://osv.dev/vulnerability/{r['id']}"}],
                           "database_specific": {"source": "pypa/advisory-database@3ccb612 (CC-BY-4.0)"}}
                    if r.get("severity"):
                        rec["severity"] = r["severity"]
                    with open(f"{out}/{r['id']}.json", "w") as f:
                        json.dump(rec, f, indent=2)
                        f.write("\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
