#!/usr/bin/env python3
import csv,json,sys
csv.field_size_limit(10**9)
src=sys.argv[1]; rows=list(csv.DictReader(open(src),delimiter='\t'))
texts={}; pairs=[]
for r in rows:
    a=r['INPUT:first_url']; b=r['INPUT:second_url']
    texts.setdefault(a,(r.get('INPUT:first_title',''),r['INPUT:first_text']))
    texts.setdefault(b,(r.get('INPUT:second_title',''),r['INPUT:second_text']))
    pairs.append((a,b,r['GOLDEN:quality']))
with open(sys.argv[2],'w') as f:
    for u,(t,x) in texts.items(): f.write(json.dumps({"id":u,"url":u,"title":t,"text":x},ensure_ascii=False)+"\n")
json.dump(pairs,open(sys.argv[2]+'.pairs','w'))
