#!/usr/bin/env python3
import json,sys,itertools,collections
truth=json.load(open('/tmp/demo-truth.json'))
out=[json.loads(l) for l in open(sys.argv[1])]
ids=[o['id'] for o in out]; st={o['id']:o['story'] for o in out}
tp=fp=fn=0; cross=collections.Counter(); crossok=collections.Counter()
for a,b in itertools.combinations(ids,2):
    same=truth[a][0]==truth[b][0]; pred=st[a]==st[b]
    tp+=same and pred; fp+=(not same) and pred; fn+=same and not pred
    la,lb=sorted([truth[a][1],truth[b][1]])
    if same and la!=lb: cross[la+'-'+lb]+=1; crossok[la+'-'+lb]+=pred
P=tp/max(1,tp+fp); R=tp/max(1,tp+fn)
print("stories",len(set(st.values())),"P %.3f R %.3f F1 %.3f"%(P,R,2*P*R/max(1e-9,P+R)))
print({k:"%d/%d"%(crossok[k],cross[k]) for k in cross})
dups=[(o['id'],o['duplicate_of']) for o in out if o['duplicate_of']]
print("dups",len(dups), [ (truth[a][2]==b) for a,b in dups])
ev=collections.defaultdict(set)
for i in ids: ev[truth[i][0]].add(st[i])
print({e:len(s) for e,s in ev.items() if len(s)>1})
