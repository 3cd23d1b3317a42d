package nlp

import "testing"

// TestVerbsOfSayingBeyondSaid checks that the trees of sentences with a
// verb of saying other than "said" come out as they do with "said": the
// verb heads the sentence (or, for the credit of a quotation after it,
// the quotation hangs from it), the one who speaks is its subject and what
// was said its clause. Each sentence was read wrongly before the repairs:
// a past verb the tagger took for a participle after a relative clause
// ("stressed"), before a "that" that opened the root ("noted"), an
// adjective before a noun ("stressed unions"), a verb whose object is the
// subject of what was said ("observed the cost … had been provided"), a
// past verb hung inside the relative clause before it ("acknowledged"), a
// credit hung as an aside from the quotation ("she observed"), a credit
// whose subject the quotation's verb took ("told reporters"), and a name
// set off after a title read as a coordinated subject; a that-clause hung
// from the noun before a participle, a past verb after an aside hung from
// the noun as an aside of its own, the speaker of a credit with its verb
// first read as the verb's object, a credit's verb after the quotation
// read as a participle ("the league maintained."), a noun phrase whose
// head was read as an adjective ("A Norwegian fisheries official, …,
// acknowledged it “does…”"), and the second of two agents read as the
// subject of the noun's own verb ("advised by Rothwell Partners and the
// law firm Garrick & Strand, insisted…"); and the same with British
// single marks, whose closing mark the tagger does not tag as one, and a
// verb of saying before a colon read as a plural noun ("the statement
// reads: ‘…’"); and the same credits in the present ("says"), with a
// name set off before its description after the quotation ("“…,” Dr.
// Steven Marsh, Lakeshore's chief medical officer, says"); and a verb of
// saying with its own subject and no subordinator, hung as an adverbial
// clause of the clause it reports ("Imam Yusuf Dareh …, who spent six weeks…,
// told the crowd the agreement was "…""); and the speaker of an
// inverted credit read as the subject of a word after it ("said IGME
// district leader Dr. Karin Weber-Lind to around 3,000 strikers…").
func TestVerbsOfSayingBeyondSaid(t *testing.T) {
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, verb string
		subj       string // the verb's subject ("" : not checked)
		clause     string // a word that must hang from the verb as ccomp ("": none)
		rel        [2]string
		aside      bool // the verb may hang from the quotation, as "said" does there
	}{
		{text: "The European Commission, which negotiates for the EU, stressed in a statement that it remained committed to a deal.", verb: "stressed", subj: "Commission"},
		{text: "Austria's foreign ministry, which is hosting the talks, argued in a statement that it was honoured to host them.", verb: "argued", subj: "ministry", clause: "honoured"},
		{text: "The bondholder group noted in a communiqué distributed in English that the agreement preserves the guarantee.", verb: "noted", subj: "group", clause: "preserves"},
		{text: "Ruben Quispe, who leads the confederation and is not related to the minister, stressed unions would block highways if the government cut subsidies.", verb: "stressed", subj: "Ruben", clause: "block"},
		{text: "Kusini chief executive Pieter van der Merwe observed the cost of the deal, about 1.1 billion rand over three years, had been provided for in the budget.", verb: "observed", clause: "provided"},
		{text: "A shipping executive, who asked not to be named because his company is negotiating with Kusini, acknowledged two lines had already diverted vessels.", verb: "acknowledged", subj: "executive"},
		{text: "“I did not bring 64 delegations to Nairobi to agree on nothing,” she observed.", verb: "observed", subj: "she", clause: "bring"},
		{text: "“We are not going to leave Lima with half an agreement,” Peru's Minister of Foreign Trade and Tourism, María Fernanda Ortiz Salgado, told reporters on Tuesday.", verb: "told", subj: "Minister", clause: "going", rel: [2]string{"María", "appos"}},
		{text: "Mexico's foreign ministry maintained in a statement that it would host the next round “in the same spirit” and that Mexico remained “at the disposal of the parties.”", verb: "maintained", subj: "ministry"},
		{text: "Kyrgyzstan’s energy ministry, for its part, insisted in a statement that the compact would allow the plant to “operate on a sustainable regime”.", verb: "insisted", subj: "ministry"},
		{text: "\"We are not asking for a favour,\" noted CVLPA President Jordan Whitehorse, an outside hitter with the Vancouver Tide.", verb: "noted", rel: [2]string{"CVLPA", "nsubj"}, aside: true},
		{text: "“The UBL has negotiated in good faith. We remain committed to reaching an agreement,” the league maintained.", verb: "maintained", subj: "league", aside: true},
		{text: "A Norwegian fisheries official, speaking on condition of anonymity because the talks are confidential, acknowledged it “does nothing to solve the bigger problem”.", verb: "acknowledged", subj: "official", clause: "does"},
		{text: "The committee, advised by Rothwell Partners and the law firm Garrick & Strand, insisted in a statement that it had engaged constructively.", verb: "insisted", subj: "committee"},
		{text: "‘We are not going to leave Lima with half an agreement,’ Peru’s Minister of Foreign Trade and Tourism, María Fernanda Ortiz Salgado, told reporters on Tuesday night.", verb: "told", subj: "Minister", clause: "going"},
		{text: "In the diplomatic style the Fund has perfected, the end-of-mission statement reads: ‘Staff and the authorities made significant progress.’", verb: "reads", subj: "statement"},
		{text: "Ruben Quispe, who leads the Bolivian Workers' Confederation and is not related to the minister, says unions would block highways if the government cut fuel subsidies.", verb: "says", subj: "Ruben"},
		{text: "The committee, advised by Rothwell Partners and the law firm Garrick & Strand, says in a statement that it had engaged constructively.", verb: "says", subj: "committee", rel: [2]string{"firm", "conj"}},
		{text: "\"Our residents are the future of medicine in this region, and we value them enormously,\" Dr. Steven Marsh, Lakeshore's chief medical officer, says in an interview Tuesday.", verb: "says", subj: "Steven", aside: true},
		{text: "Imam Yusuf Dareh of the Central Mosque of Tarin, who spent six weeks shuttling between the two sides, told the crowd the agreement was \"a first step, not a last one.\"", verb: "told", subj: "Imam", clause: "step"},
		{text: "\"Three point one percent is not an offer, it is a provocation,\" said IGME district leader Dr. Karin Weber-Lind to around 3,000 strikers outside the gates.", verb: "said", subj: "leader", aside: true},
		// Left alone: a reduced relative, an adverbial participle, a
		// quotation that opened after the sentence's verb.
		{text: "The offer, signed by both sides on Monday, ends the strike.", verb: "ends", subj: "offer"},
		{text: "Asked about the talks on Tuesday, the minister said no deal was near.", verb: "said", subj: "minister", clause: "near"},
		{text: "By the time Buckley learned who had written the song, she was only half-surprised: “It made sense,” she said.", verb: "said", rel: [2]string{"half-surprised", "root"}},
		{text: "Smith, Jones and Brown said the deal was fair.", verb: "said", subj: "Smith", rel: [2]string{"Jones", "conj"}},
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		v := -1
		for i, tok := range a.Tokens {
			if tok.Text == tt.verb {
				v = i
				break
			}
		}
		if v < 0 {
			t.Fatalf("%q: no %q", tt.text, tt.verb)
		}
		if !tt.aside && (tt.rel[0] == "" || tt.rel[1] != "root") {
			if a.Tokens[v].Head >= 0 {
				t.Errorf("%q: %s hangs from %d (%s), want the root", tt.text, tt.verb, a.Tokens[v].Head, a.Tokens[v].Rel)
			}
		}
		for i, tok := range a.Tokens {
			switch {
			case tok.Text == tt.subj && (tok.Head != v || tok.Rel[:min(5, len(tok.Rel))] != "nsubj"):
				t.Errorf("%q: %s hangs from %d (%s), want the subject of %s", tt.text, tt.subj, tok.Head, tok.Rel, tt.verb)
			case tok.Text == tt.clause && (tok.Head != v || tok.Rel != "ccomp"):
				t.Errorf("%q: %s hangs from %d (%s), want the clause of %s", tt.text, tt.clause, tok.Head, tok.Rel, tt.verb)
			case tok.Text == tt.rel[0] && tok.Rel != tt.rel[1] && !(tt.rel[1] == "root" && tok.Head < 0):
				t.Errorf("%q: %s (%d) is %s, want %s", tt.text, tok.Text, i, tok.Rel, tt.rel[1])
			}
		}
	}
}
