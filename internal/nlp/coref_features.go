package nlp

// Feature templates of the coreference model. Every option of a mention
// (start a new cluster, or join one of the candidate clusters) gets a
// feature vector; the model's score of the option is the sum of their
// weights.

// crKind is the anaphor's class: the pronoun's class, or 20 + its kind.
func (s *crRun) crKind(i int) int {
	if p := s.info[i].pron; p > 0 {
		return p
	}
	return 20 + int(s.mentions[i].Kind)
}

func crSentBucket(d int) int {
	switch {
	case d <= 2:
		return d
	case d <= 4:
		return 3
	case d <= 9:
		return 4
	}
	return 5
}

func crDistBucket(d int) int {
	switch {
	case d <= 3:
		return d
	case d <= 5:
		return 4
	case d <= 10:
		return 5
	case d <= 20:
		return 6
	}
	return 7
}

func crSmall(n, max int) int {
	if n > max {
		return max
	}
	return n
}

func b2n(b bool) int {
	if b {
		return 1
	}
	return 0
}

// newFeatures appends the features of starting a new cluster with i.
func (s *crRun) newFeatures(i int) {
	in := &s.info[i]
	mn := &s.mentions[i]
	k := s.crKind(i)
	var any uint8
	for _, c := range s.cands {
		any |= c.match
	}
	f := s.feats
	f = append(f,
		crF(1).I(k).Sum(),
		crF(2).I(k).I(b2n(in.quote)).Sum(),
		crF(3).I(k).S(in.rel).Sum(),
		crF(4).I(k).I(crSmall(len(s.cands), 6)).Sum(),
		crF(5).I(k).I(int(any)).Sum(),
		crF(13).I(k).I(crSmall(in.sent, 3)).Sum(),
	)
	switch mn.Kind {
	case PronounMention:
		f = append(f,
			crF(6).I(k).I(int(in.govKey)).Sum(),
			crF(7).I(k).I(b2n(in.speaker)).Sum(),
		)
	case NominalMention:
		f = append(f,
			crF(8).I(int(in.headKey)).Sum(),
			crF(9).I(int(in.def)).I(int(in.number)).I(crSmall(in.content, 5)).Sum(),
			crF(10).I(int(in.headKey)).I(int(any&crmHead)).Sum(),
		)
	case NameMention:
		f = append(f,
			crF(11).S(crFeatType(mn.Type)).I(crSmall(in.content, 4)).Sum(),
			crF(12).S(crFeatType(mn.Type)).I(int(any)).Sum(),
		)
	}
	s.feats = f
}

// pairFeatures appends the features of joining i to candidate c.
func (s *crRun) pairFeatures(i int, c *crCand) {
	a := s.a
	in, jn := &s.info[i], &s.info[c.m]
	mi, mj := &s.mentions[i], &s.mentions[c.m]
	cl := &s.cls[c.c]
	ki, kj := s.crKind(i), int(mj.Kind)
	kjc := s.crKind(c.m)
	sd := crSentBucket(in.sent - jn.sent)
	md := crDistBucket(i - c.m)
	var cm uint8
	if cl.name >= 0 && cl.name != c.m {
		cm = s.match(i, cl.name)
	}
	hasName := b2n(cl.name >= 0)
	f := s.feats
	f = append(f,
		crF(20).I(ki).I(kjc).Sum(),
		crF(21).I(ki).I(kj).I(sd).Sum(),
		crF(22).I(ki).I(md).Sum(),
		crF(23).I(ki).I(crSmall(c.rank, 8)).Sum(),
		crF(24).I(ki).I(int(c.match)).I(kj).Sum(),
		crF(25).I(ki).I(int(cm)).I(hasName).Sum(),
		crF(26).I(ki).S(cl.typ).I(hasName).Sum(),
		crF(27).I(ki).I(crSmall(cl.size, 5)).Sum(),
	)
	switch mi.Kind {
	case PronounMention:
		p := in.pron
		subj := b2n(jn.rel == "nsubj")
		f = append(f,
			crF(30).I(p).S(cl.typ).I(kj).Sum(),
			crF(31).I(p).I(int(cl.gender)).I(int(cl.number)).Sum(),
			crF(32).I(p).S(in.rel).S(jn.rel).Sum(),
			crF(33).I(p).I(sd).I(subj).Sum(),
			crF(34).I(p).I(b2n(in.quote)).I(b2n(jn.quote)).I(b2n(jn.speaker)).I(b2n(in.sent == jn.sent)).Sum(),
			crF(37).I(p).I(int(jn.gender)).I(int(jn.number)).I(kj).Sum(),
			crF(38).I(p).I(b2n(cl.pron)).I(crSmall(c.rank, 5)).Sum(),
		)
		if mj.Kind == NominalMention {
			f = append(f, crF(35).I(p).I(int(jn.headKey)).Sum())
		}
		if jn.pron > 0 {
			f = append(f, crF(36).I(p).I(jn.pron).I(sd).Sum())
		}
		// What the antecedent is (a person, a body, a place, a thing:
		// the cluster's class and the candidate mention's, see
		// coref_sem.go) against the pronoun ("they" for "the authors"
		// rather than "the results", "she" for "the pregnant woman").
		f = append(f,
			crF(70).I(p).I(int(cl.sem)).I(int(jn.sem)).Sum(),
			crF(77).I(p).I(int(jn.sem)).I(kj).Sum(),
		)
	case NominalMention:
		f = append(f,
			crF(40).I(int(in.headKey)).S(cl.typ).Sum(),
			crF(41).I(int(in.headKey)).I(int(c.match&crmHead)).Sum(),
			crF(42).I(int(in.def)).I(kj).I(sd).I(int(c.match&(crmHead|crmExact))).Sum(),
			crF(44).I(int(in.number)).I(int(cl.number)).I(int(c.match&crmHead)).Sum(),
		)
		if mj.Kind == PronounMention {
			f = append(f, crF(45).I(int(in.headKey)).I(jn.pron).Sum())
		}
	case NameMention:
		f = append(f,
			crF(50).S(crFeatType(mi.Type)).S(cl.typ).I(int(c.match|cm)).Sum(),
			crF(51).S(crFeatType(mi.Type)).I(kj).I(sd).Sum(),
			crF(52).S(crFeatType(mi.Type)).I(int(in.gender)).I(int(cl.gender)).Sum(),
		)
	}
	if h := a.Tokens[mi.Head].Head; h == mj.Head && a.Tokens[mi.Head].Rel == "appos" {
		f = append(f, crF(60).I(ki).I(kj).Sum())
	}
	if s.flags[mi.Head]&crfCop != 0 && s.subj[mi.Head] == mj.Head {
		f = append(f, crF(61).I(ki).I(kj).Sum())
	}
	s.feats = f
}

// crH builds a feature key of the coreference model: one multiply per
// value, a full avalanche at the end (cheaper than Hasher's byte-wise
// mixing; the keys only need to be well spread).
type crH uint64

func crF(tmpl uint64) crH { return crH((tmpl + 1) * 0x9e3779b97f4a7c15) }

// I mixes an integer into the key.
func (h crH) I(v int) crH {
	x := (uint64(h) ^ uint64(v)) * 0xff51afd7ed558ccd
	return crH(x ^ x>>32)
}

// S mixes a short string (a relation, a type) into the key.
func (h crH) S(s string) crH {
	// I of its first eight bytes and its length, written out so that S
	// is inlined.
	x := (uint64(h) ^ packShort(s) ^ uint64(len(s))<<56) * 0xff51afd7ed558ccd
	return crH(x ^ x>>32)
}

// Sum finishes the key.
func (h crH) Sum() uint64 {
	z := uint64(h)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// crFeatType is the entity type the features see: GUM, which the model
// learns from, does not tell places that are GPEs from other places.
func crFeatType(t string) string {
	if t == LOC {
		return GPE
	}
	return t
}
