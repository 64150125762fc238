#!/usr/bin/env python3
import json,sys
pairs=json.load(open(sys.argv[1]+'.pairs')); st={json.loads(l)['id']:json.loads(l)['story'] for l in open(sys.argv[2])}
tp=fp=fn=tn=0
for a,b,q in pairs:
    same=q=='OK'; pred=st[a]==st[b]
    tp+=same and pred; fp+=(not same) and pred; fn+=same and not pred; tn+=(not same) and not pred
P=tp/max(1,tp+fp); R=tp/max(1,tp+fn)
print(sys.argv[1].split('/')[-1],"pairs",len(pairs),"OK",tp+fn,"P %.3f R %.3f F1 %.3f"%(P,R,2*P*R/max(1e-9,P+R)))
