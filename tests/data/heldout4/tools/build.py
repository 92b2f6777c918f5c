import json, os, sys
import os as _os; D=_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))
ALL={}; QS=[]; PROBLEMS=[]
class Doc:
    def __init__(s, stem):
        s.stem=stem; s.text=open(f'{D}/{stem}.txt',encoding='utf-8').read(); s.E=[]; s.R=[]
        ALL[stem]=s
    def e(s, id, label, typ, *m):
        for x in m:
            if x not in s.text: PROBLEMS.append(f'{s.stem}: mention {x!r} of {id} missing')
        s.E.append({"id":id,"label":label,"type":typ,"mentions":list(m)})
    def r(s, sub, p, obj, ev):
        if ev not in s.text: PROBLEMS.append(f'{s.stem}: evidence missing {ev!r}')
        if len(ev)>200: PROBLEMS.append(f'{s.stem}: evidence too long {ev!r}')
        if p=='dated': s.R.append({"subject":sub,"predicate":p,"object_literal":obj,"evidence":ev})
        else: s.R.append({"subject":sub,"predicate":p,"object":obj,"evidence":ev})
    def q(s, subject, quantity, value, evidence, **kw):
        if evidence not in s.text: PROBLEMS.append(f'{s.stem}: q evidence missing {evidence!r}')
        d={"doc":s.stem,"subject":subject,"quantity":quantity,"value":value,"evidence":evidence}; d.update(kw); QS.append(d)
    def save(s):
        ids={e['id'] for e in s.E}
        for r in s.R:
            for k in ('subject','object'):
                if k in r and r[k] not in ids: PROBLEMS.append(f'{s.stem}: unknown id {r[k]}')
        json.dump({"doc":s.stem,"entities":s.E,"relations":s.R},open(f'{D}/{s.stem}.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
