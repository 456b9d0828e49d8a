"""Sanity checks for one of our evaluation sets (a folder in the dev format: articles.jsonl,
gold.events.jsonl, gold.clusters.jsonl, gold.contradictions.jsonl): JSON validity, fields, urls/outlets, word counts, evidence verbatim, required-before-optional,
cluster and contradiction references, a 7-word overlap check (via /work/briefs/overlap.py if present, with this set's
own folder left out of the reference), and a plain first-match scorer run on made-up predictions (one per required
gold: its first type, first actor, first target) that must score every required gold with no false positive.
Usage: python3 benchmarks/check_set.py SET_DIR [PREDICTIONS.jsonl]   (predictions: {"doc", "type", "actor", "target"} per line)"""
import datetime, json, pathlib, re, sys, unicodedata
HERE = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
ARGS = sys.argv[2:]

def load(name):
    return [json.loads(l) for l in open(HERE / name, encoding="utf-8") if l.strip()]

def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[\u2018\u2019'`\u02bc]", "", s)
    s = re.sub(r"[-\u2010-\u2015_]", " ", s)
    s = re.sub(r"\bu\.\s?s\.?(?=\s|$)", "us", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return "us" if s in {"united states", "united states of america", "usa"} else s

def name_ok(pred, gold):
    if not gold: return True
    p = norm(pred); names = {norm(g) for g in gold}
    if p in names: return True
    return any(re.search(rf"(^| ){re.escape(n)}( |$)", p) for n in names if n)

YIELD = {"CONCEDE", "RETREAT"}
def type_ok(pt, gt):
    return pt in gt or (pt in YIELD and ("YIELD" in gt or bool(YIELD & set(gt))))

def score(preds, golds):
    used, tp, fp, neutral = set(), 0, 0, 0
    for p in preds:
        hit = None
        for g in golds:
            if g["id"] in used or g["doc"] != p["doc"]: continue
            if type_ok(p["type"], g["type"]) and name_ok(p["actor"], g["actor"]) and name_ok(p["target"], g["target"]):
                hit = g; break
        if hit is None: fp += 1; continue
        used.add(hit["id"])
        if hit["required"]: tp += 1
        else: neutral += 1
    req = sum(g["required"] for g in golds)
    return tp, fp, neutral, req

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "YIELD"}

def iso_or_none(v):
    if v is None: return True
    try: datetime.date.fromisoformat(v); return True
    except (TypeError, ValueError): return False

def main():
    arts = load("articles.jsonl"); golds = load("gold.events.jsonl")
    clusters = load("gold.clusters.jsonl"); contras = load("gold.contradictions.jsonl")
    texts = {a["doc"]: a["text"] for a in arts}
    bad = 0
    urls = [a["url"] for a in arts]
    if len(set(urls)) != len(urls): print("duplicate urls"); bad += 1
    for a in arts:
        for k in ("doc", "url", "outlet", "published", "text"):
            if k not in a: print("missing", k, a.get("doc")); bad += 1
        if not (a["url"] and a["outlet"]): print("empty url/outlet", a["doc"]); bad += 1
        if not a["outlet"].endswith(".example") or a["url"] != f"https://{a['outlet']}/" + a["url"].split("/", 3)[3]:
            print("outlet/url not under .example or not matching", a["doc"]); bad += 1
        if not iso_or_none(a["published"]): print("bad published", a["doc"]); bad += 1
        n = len(a["text"].split())
        if not 150 <= n <= 300: print("word count", a["doc"], n); bad += 1
    ids = [g["id"] for g in golds]
    if len(set(ids)) != len(ids): print("duplicate gold ids"); bad += 1
    seen_opt = {}
    for g in golds:
        if g["doc"] not in texts: print("unknown doc", g["id"]); bad += 1; continue
        if g["evidence"] not in texts[g["doc"]] or len(g["evidence"]) > 60:
            print("bad evidence", g["id"]); bad += 1
        if not g["type"] or not set(g["type"]) <= PLOVER: print("bad type", g["id"]); bad += 1
        if g.get("modality") not in (None, "future", "alleged"): print("bad modality", g["id"]); bad += 1
        if g.get("modality") and g["required"]: print("required with modality", g["id"]); bad += 1
        if not iso_or_none(g["date"]): print("bad date", g["id"]); bad += 1
        if g["required"] and seen_opt.get(g["doc"]): print("required after optional", g["id"]); bad += 1
        if not g["required"]: seen_opt[g["doc"]] = True
    for c in clusters:
        if len(c["docs"]) < 2 or not set(c["docs"]) <= set(texts): print("bad cluster docs", c["event"][:40]); bad += 1
        if not iso_or_none(c["date"]): print("bad cluster date", c["event"][:40]); bad += 1
    for k in contras:
        cd = {x["doc"] for x in k["claims"]}
        if not set(k["docs"]) <= set(texts) or cd != set(k["docs"]) or len(cd) < 2:
            print("bad contradiction docs", k["topic"][:40]); bad += 1
        for x in k["claims"]:
            if not (x.get("source") and x.get("claim")): print("empty claim", k["topic"][:40]); bad += 1
    print(f"{len(arts)} articles, {len(golds)} golds ({sum(g['required'] for g in golds)} required), "
          f"{len(clusters)} clusters, {len(contras)} contradiction topics")
    print("field/evidence problems:", bad)
    if ARGS:
        preds = [json.loads(l) for l in open(ARGS[0]) if l.strip()]
    else:
        preds = [{"doc": g["doc"], "type": g["type"][0], "actor": (g["actor"] or ["unknown"])[0],
                  "target": (g["target"] or ["unknown"])[0]} for g in golds if g["required"]]
    tp, fp, neutral, req = score(preds, golds)
    print(f"first-match scorer: TP {tp}/{req}, FP {fp}, neutral {neutral}")
    ov = pathlib.Path("/work/briefs/overlap.py")
    if ov.exists():
        import importlib.util
        spec = importlib.util.spec_from_file_location("overlap", ov); mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        here = str(HERE)
        # leave this set's own folder out of the reference, keep its siblings
        mod.ROOTS = [r for r in mod.ROOTS if not here.startswith(r.rstrip("/") + "/")] + \
                    [str(p) for r in mod.ROOTS if here.startswith(r.rstrip("/") + "/")
                     for p in pathlib.Path(r).iterdir() if p.is_dir() and p.resolve() != HERE]
        ref = mod.reference()
        keys = {"doc", "id", "required", "type", "modality", "actor", "target", "date", "evidence"}
        for name in ("articles.jsonl", "gold.clusters.jsonl", "gold.contradictions.jsonl", "gold.events.jsonl"):
            runs = [g for line in open(HERE / name, encoding="utf-8") for g in mod.grams(line) if g in ref]
            if name == "gold.events.jsonl":
                prose = [g for g in runs if not set(g.split()) & keys]
                print(f"overlap {name}: {len(runs)} shared 7-word runs, {len(prose)} without a field name")
                bad += len(prose)
            else:
                print(f"overlap {name}: {len(runs)} shared 7-word runs")
                bad += len(runs)
    return 0 if (bad == 0 and (ARGS or (tp == req and fp == 0))) else 1

if __name__ == "__main__":
    sys.exit(main())
