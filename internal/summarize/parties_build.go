package summarize

// The state briefParties's phases share, and its first phases: the
// evidence each mention gives its entity, each entity's type, and who
// speaks.

import (
	"slices"
	"sort"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// partyBuilder holds what the phases of briefParties share: the doc and
// its tree, the evidence gathered for each entity, its type, the side
// each person is on, and the parties the evidence adds up to. The slices
// are per entity (d.ents) unless said otherwise; each phase is a method
// that reads what the phases before it settled. briefParties makes the
// slices and maps (see there why).
type partyBuilder struct {
	d     *doc
	t     *tree
	entOf []int // per mention, its entity or -1 (mentionEntities)

	stats []partyStats
	side  []int // a person's party entity, or -1
	// People the article introduces as commentators ("Jared Bernstein, an
	// economist at…"): they comment on the talks, they are not a side in
	// them, and neither is the body they are introduced by.
	commentator []bool
	// How often an entity owns what only a company has ("Deutsche
	// Boerse's shareholders", "the Naftohaz company").
	corporate []int
	// townOffice counts the mentions of each entity that modify one of
	// a town's offices ("Lisdale police", "Lisdale Mayor …").
	townOffice []int
	// An entity the name lists do not type takes the entity model's type.
	kind  []string
	votes [][len(partyKinds)]int // per entity, per partyKinds
	// Sides named only by description ("the union", "port workers"), and
	// per token the description it is part of (descriptionParties).
	descs    []descParty
	tokParty []int
	descSide []int // a person's description party, or -1
	// How often each entity is named as a noun, not as a modifier
	// ("Muslim leaders", "a Latino community").
	nominal []int
	// The mentions of people, and of names not yet typed, whose sides
	// are read once every entity is typed (readMentions).
	people []personMention
	// Whether the entity model's type confirms kind (typeEntities).
	modelAgrees []bool
	// parliament is set where a political party acts in the story: its
	// legislature is then where the parties meet (legislatureSides).
	parliament bool
	// Bodies named only in the role of an outside voice (markOutside).
	outside []bool
	// descOf maps a description's key to the description it stands for
	// (creditSpeakers).
	descOf map[string]int
	// The party each entity folds into: itself, or the party or country
	// it belongs to (foldBodies).
	into []int
	// The parties being accumulated, keyed by entity (after into), by
	// -1_000_000 - q for description q, and by -1 - len(accs) for a side
	// named only in a role, once it is added (addNamed).
	accs  map[int]*partyAcc
	named map[string]*partyAcc // sides named only in a role
	// outvoiced holds the countries whose official, with a role naming
	// no country, acts more than they do and so in their own name
	// (governmentSides, actsMoreThan); nil until one is.
	outvoiced map[int]bool
}

// personMention is a mention of a person, or of a name not yet typed: its
// entity, the mention, and the mention's own head token.
type personMention struct{ ent, mention, head int }

// start puts every entity on no side yet and types it as the name lists
// type it, and finds the entity of every mention and the sides named only
// by description. The slices and maps are made by briefParties.
func (pb *partyBuilder) start() {
	d, t := pb.d, pb.t
	for i := range pb.side {
		pb.side[i] = -1
	}
	for ei := range d.ents {
		pb.kind[ei] = d.ents[ei].kind
	}
	pb.entOf = d.mentionEntities()
	pb.descs, pb.tokParty = t.descriptionParties()
	for i := range pb.descSide {
		pb.descSide[i] = -1
	}
}

// readMentions reads every mention of an entity in the dependency tree:
// whether it acts (the subject of a clause, or the modifier of one:
// "Russian officials said"), is only where something happens ("talks in
// Geneva"), or is otherwise involved, and whether as a verb's argument or
// a noun's owner (stats); how the entity model types it (votes); whether
// it is named as a noun (nominal); and whether it owns what only a
// company has (corporate). A person's mentions, and those of a name not
// yet typed, are appended to people for their sides, and tell whether
// the person is a commentator; readMentions returns people.
func (pb *partyBuilder) readMentions(people []personMention) []personMention {
	d, t, entOf := pb.d, pb.t, pb.entOf
	stats, votes, nominal, corporate, commentator := pb.stats, pb.votes, pb.nominal, pb.corporate, pb.commentator
	for mi := range d.mentions {
		m := &d.mentions[mi]
		ent := entOf[mi]
		if ent < 0 {
			continue
		}
		e := &d.ents[ent]
		h := t.mentionHead(d, m)
		if h >= 0 {
			if x := t.entityAt(h); x >= 0 {
				if k := slices.Index(partyKinds[:], partyKind(t.a.Entities[x].Type)); k >= 0 {
					votes[ent][k]++
				}
			}
		}
		if h < 0 {
			stats[ent].other++
			continue
		}
		own := h // the mention's own head, for its side
		// A bare predicate describes its subject as an adjective would
		// ("the new mayor is Norvish"): it names no people as a noun.
		if tk := &t.a.Tokens[h]; tk.UPOS != "ADJ" && tk.Rel != "amod" && tk.Rel != "compound" && (t.child(h, "cop") < 0 || t.child(h, "det") >= 0) {
			nominal[ent]++
		}
		if r := t.a.Tokens[h].Rel; (r == "compound" || r == "nmod:poss") && t.a.Tokens[h].Head >= 0 {
			if hd := &t.a.Tokens[t.a.Tokens[h].Head]; hd.UPOS == "NOUN" && (corporateNouns[hd.Lemma] || bodyKinds[hd.Lemma]) {
				corporate[ent]++
			}
		}
		if r := t.a.Tokens[h].Rel; r == "compound" && t.a.Tokens[h].Head >= 0 {
			if hd := &t.a.Tokens[t.a.Tokens[h].Head]; (hd.UPOS == "NOUN" || hd.UPOS == "PROPN") && lowerIn(townOffices, hd.Lemma) {
				pb.townOffice[ent]++
			}
		}
		// "Mitsubishi, the only major Japanese car firm"; not "Yohanis
		// Lamba, a furnace operator from Toraja who has worked at the
		// park": "who" stands for a person, whatever the noun.
		if c := t.child(h, "appos"); c > h && t.a.Tokens[c].UPOS == "NOUN" && bodyKinds[t.a.Tokens[c].Lemma] && !t.whoClause(c) {
			corporate[ent]++
		}
		// "State-owned energy giant Rosneft": a body's noun the name
		// stands under, or that modifies it.
		if t.namedBody(h) {
			corporate[ent]++
		}
		r := t.a.Tokens[h].Rel
		// A name set beside what it is stands where that word does:
		// "Shipping group Maersk said", "the carrier, Maersk, said".
		if hd := t.a.Tokens[h].Head; (r == "flat" || r == "appos") && hd >= 0 && t.a.Tokens[hd].UPOS == "NOUN" && bodyKinds[t.a.Tokens[hd].Lemma] {
			h, r = hd, t.a.Tokens[hd].Rel
		}
		// A conjunct stands where its first conjunct does: "France,
		// Germany and Austria opposed the plan".
		for steps := 0; r == "conj" && steps < 8; steps++ {
			p := t.a.Tokens[h].Head
			if p < 0 {
				break
			}
			h, r = p, t.a.Tokens[p].Rel
		}
		switch {
		case m.inQuote:
			stats[ent].other++
		case m.demonym && t.population(own):
			// "Most Americans", "black Americans": people of a country,
			// counted or described, are its population, not its state.
			stats[ent].other++
		case strings.HasPrefix(r, "nsubj") && r != "nsubj:pass" || r == "obl:agent" || r == "csubj":
			// The one who acts: a passive's subject is acted on ("Crimea
			// was annexed by Russia"), its "by" phrase acts.
			stats[ent].agent++
		case (r == "compound" || r == "amod" || r == "nmod:poss") && t.actsThroughHead(h) && !t.runsFor(h) && !(m.demonym && t.firmNoun(h)) && !(e.kind == "" && t.townOrigin(h)):
			// "Russian officials said", "Moscow's negotiators agreed";
			// not "The Norwegian firm has until…": a firm's nationality
			// says where it is from, not that its country acts; nor "the
			// New York businessman said": a town the name lists do not
			// know acts only through its offices.
			stats[ent].agent++
		case (r == "obl" || r == "nmod" || r == "obl:tmod") && (e.kind == KindCountry) && t.placeMarked(h):
			stats[ent].place++
		case (r == "obl" || r == "obj") && (e.kind == "" || e.kind == KindOrganisation) && t.nameCase(h) == "to" && t.a.Tokens[h].Head >= 0 && lowerIn(destinationVerbs, t.a.Tokens[t.a.Tokens[h].Head].Lemma):
			// Where someone goes is a place, not a party: "she went to
			// Harbury General Hospital", "the delegates travelled to
			// the Palais".
			stats[ent].place++
		case (r == "obl" || r == "nmod") && (e.kind == "" || e.kind == KindPerson) && t.caseOf(h) == "in":
			// No one is "in" a person: a name the lists take for a
			// person's or do not know, "in" it, is where something
			// happens ("the customs hall in Halvard Bay").
			stats[ent].place++
		default:
			stats[ent].other++
			if hd := t.a.Tokens[h].Head; hd >= 0 && t.a.Tokens[hd].UPOS == "VERB" {
				switch r {
				case "obj", "iobj", "obl", "obl:arg", "nsubj:pass":
					stats[ent].arg++
				}
			} else if r == "nmod:poss" || r == "nmod" && t.dealtWith(h) {
				// "Iran's nuclear programme", "talks with Iran".
				stats[ent].arg++
			}
		}
		if e.kind == KindPerson || e.kind == "" {
			// Sides are read once every entity is typed (assignSides): the
			// name lists take "Apex Foods" for a person until the entity
			// model says otherwise, and leave "Jean-Marc Ayrault" untyped
			// until it says he is one.
			people = append(people, personMention{ent, mi, own})
		}
		if (e.kind == KindPerson || e.kind == "") && !commentator[ent] {
			commentator[ent] = d.isCommentator(t, m, own)
		}
	}
	return people
}

// destinationVerbs move their subject to the place their "to" phrase
// names.
var destinationVerbs = makeSet(`go come travel fly head return move rush drive walk`)

// nameCase returns the preposition of the name headed at h, in lower
// case, or "": its own, or that of the name's first word, where the
// parser hung it there ("to | Harbury General Hospital").
func (t *tree) nameCase(h int) string {
	if c := t.caseOf(h); c != "" {
		return c
	}
	if c := t.child(h, "compound"); c >= 0 && c < h {
		return t.caseOf(c)
	}
	return ""
}

// adjectival reports whether an entity is a people the entity model
// found (not a group the name lists know, "unions") that the story
// only ever names as a modifier.
func (pb *partyBuilder) adjectival(ei int) bool {
	return pb.kind[ei] == KindGroup && pb.d.ents[ei].kind != KindGroup && pb.nominal[ei] == 0
}

// typeEntities settles each entity's type (kind) from the votes of the
// entity model over its mentions, and from how the story takes it up
// ("it" or "he"/"she"), and records whether the model agrees with it
// (modelAgrees): a name no list types becomes what the model votes, and
// a "person" or a place with a company's marks is a company.
func (pb *partyBuilder) typeEntities() {
	d, t, entOf := pb.d, pb.t, pb.entOf
	kind, votes, corporate := pb.kind, pb.votes, pb.corporate
	// The entity model's type over all mentions types what the name lists
	// leave untyped, and confirms what they type.
	modelAgrees := pb.modelAgrees
	// Only a name that says, wants or agrees something: a plan the story
	// calls "it" does not.
	itsName, saidIt, heShe := t.itsNames(d, entOf)
	for ei := range itsName {
		itsName[ei] = itsName[ei] && t.saysSomething(d, ei, entOf)
	}
	// A person, as the lists, the phases so far or the entity model's
	// votes type it.
	person := func(ej int) bool {
		return d.ents[ej].kind == KindPerson || kind[ej] == KindPerson || votedKind(&votes[ej]) == KindPerson
	}
	for ei := range d.ents {
		best := votedKind(&votes[ei])
		if kind[ei] == "" {
			kind[ei] = best
		}
		if kind[ei] == "" && itsName[ei] && !d.opensOtherName(ei) {
			// A name neither the lists nor the model type that the story
			// takes up as "it" and never as "he" or "she": a body.
			kind[ei] = KindOrganisation
		}
		if e := &d.ents[ei]; kind[ei] == KindPerson && (corporate[ei] > 0 || itsName[ei] && best != KindPerson || saidIt[ei]) && !d.sharesSurname(ei, person) && len(e.roles) == 0 &&
			!(len(e.tokens) > 1 && isKnownFirstName(e.tokens[0])) {
			// A "person" with shareholders and a board, no title and no
			// given name is a company the entity model did not know; so
			// is one the story takes up as "it" and never as "he" or
			// "she" ("Patriot Coal said it would pay"). Not one whose
			// last word another person's name ends in: "crane operator
			// Bongani Mthembu" beside Thandeka Mthembu is one of a
			// family, whatever "operator" says.
			kind[ei] = KindOrganisation
			modelAgrees[ei] = true
			continue
		}
		if e := &d.ents[ei]; kind[ei] == KindPerson && e.kind != KindPerson && len(e.tokens) == 1 && len(e.roles) == 0 && pb.townOffice[ei] > 0 && !d.sharesSurname(ei, person) {
			// A single name the entity model took for a person's that
			// has a mayor, a police force or officials ("Lisdale police
			// said") is a town, acting as a body through its offices
			// (whatever "she" the coreference joined it to: the mayor's).
			kind[ei] = KindOrganisation
			modelAgrees[ei] = true
			continue
		}
		if kind[ei] == KindCountry && d.ents[ei].kind == "" && corporate[ei] > 0 {
			// A place only the entity model knows, with a board or named
			// as a firm ("energy giant Rosneft"), is a company.
			kind[ei] = KindOrganisation
			modelAgrees[ei] = true
			continue
		}
		if kind[ei] == KindOrganisation && d.ents[ei].kind == "" && !itsName[ei] && !saidIt[ei] && corporate[ei] == 0 && pb.personAppositive(ei) {
			// "Furaha Kahindo Masika, a mother of five who fled her
			// village": a name set beside a noun of people is a
			// person's, whatever the entity model voted.
			kind[ei] = KindPerson
			modelAgrees[ei] = true
			continue
		}
		// A name the story takes up as "he" or "she" is a person's,
		// whatever the entity model voted ("Ava DuVernay … she said").
		modelAgrees[ei] = best != "" && best == kind[ei] || kind[ei] == KindPerson && heShe[ei]
	}
}

// votedKind returns the party kind most of an entity's mentions have in
// the entity model's votes, or "" where none has any.
func votedKind(votes *[len(partyKinds)]int) string {
	best, n := "", 0
	for k, kn := range partyKinds {
		if votes[k] > n {
			best, n = kn, votes[k]
		}
	}
	return best
}

// personAppositive reports whether a mention of entity ei outside
// quotation marks has a noun of people in apposition ("a mother of five",
// "a farmer", "the union's negotiator"): personNoun's, or a role.
func (pb *partyBuilder) personAppositive(ei int) bool {
	d, t := pb.d, pb.t
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if pb.entOf[mi] != ei || m.inQuote {
			continue
		}
		h := t.mentionHead(d, m)
		if h < 0 {
			continue
		}
		for _, c := range t.children(h) {
			if tk := &t.a.Tokens[c]; tk.Rel == "appos" && tk.UPOS == "NOUN" && (t.personNoun(int(c)) || roleWord(tk.Text)) {
				return true
			}
		}
	}
	return false
}

// creditSpeakers counts who speaks: every quotation and statement
// credited to the entity or to one of its people, or to a side named
// only by description (credit).
func (pb *partyBuilder) creditSpeakers(quotes []Quote, statements []Statement) {
	descs := pb.descs
	descOf := pb.descOf
	for q := range descs {
		descOf[descKey(descs[q].name)] = descs[q].into
	}
	for _, q := range quotes {
		pb.credit(q.Speaker, false)
	}
	for _, s := range statements {
		if s.carried {
			continue // a group a plural "they" stands for (theyGroup)
		}
		if pb.t.namesAdministration(s.Start, s.Speaker) {
			continue // "The Obama administration said": the government speaks
		}
		pb.credit(s.Speaker, true)
	}
}

// credit counts one quotation or statement for its speaker: the entity
// the speaker names, each of the people named together where parts is
// set, or the description the speaker is; a commentator speaks for no
// one.
func (pb *partyBuilder) credit(speaker string, parts bool) {
	d, stats, descs, descOf := pb.d, pb.stats, pb.descs, pb.descOf
	if parts {
		// People credited together ("Charles E. Grassley and
		// Patrick J. Leahy", coordinatedSpeaker): each of them.
		if ps := d.coordinatedEntities(speaker); ps != nil {
			for _, ei := range ps {
				stats[ei].spoke++
			}
			return
		}
	}
	// "Analysts at Bernstein": commentators speak for no one.
	// The speaker's description key (descKey), lowered on the stack
	// when short.
	var kb [lowerBufLen]byte
	key := trimArticles(string(lowerBytes(kb[:0], strings.TrimSpace(speaker))))
	if f, more := firstField(key); more && commentatorNouns[singular(f)] {
		return
	}
	if ei := d.entityOfSpeaker(speaker); ei >= 0 {
		stats[ei].spoke++
	} else if q, ok := descOf[key]; ok {
		descs[q].st.spoke++
	}
}

// population reports whether token h is a people's plural noun that is
// counted, quantified or described ("Most Americans", "two Britons",
// "black Americans", "ordinary Russians"): the people of a country, not
// the country acting. "The Russians" and a bare "Palestinians" may still
// be the side.
func (t *tree) population(h int) bool {
	tk := &t.a.Tokens[h]
	if tk.UPOS != "NOUN" && tk.UPOS != "PROPN" || !strings.HasSuffix(tk.Text, "s") {
		return false
	}
	for _, c := range t.children(h) {
		ct := &t.a.Tokens[c]
		if int(c) > h {
			continue
		}
		switch ct.Rel {
		case "amod", "nummod":
			return true
		case "det":
			if lowerIn(quantifiers, ct.Text) {
				return true
			}
		}
	}
	return false
}

// civicNouns name the offices through which a town acts ("Tulsa police",
// "the Phoenix city council", "Lyon officials").
var civicNouns = makeSet(`mayor council councillor councilor councilman councilwoman police official officials
authority authorities government administration spokesman spokeswoman spokesperson department officer officers
prosecutor prosecutors leader leaders hall`)

// townOffices are the offices a town has and a person has not: a name
// that modifies one ("Lisdale police", "Lisdale Mayor Ann Ford") is a
// town's. (The tree gives a noun's lemma: "official" for "officials".)
var townOffices = makeSet(`mayor council councillor councilor councilman councilwoman police official officer hall`)

// townOrigin reports whether the place name at i modifies a noun that is
// not one of a town's offices nor a role ("Leeds boss Ray Cole" may run
// a club named for its town), or that is a profession's role: "the New
// York businessman", "Port Arlow residents", "a Vell Harbour lawyer" say
// where people are from or work, not that the town acts.
func (t *tree) townOrigin(i int) bool {
	// "Port | Arlow businessman": the name's last word holds the noun.
	i = t.nameHead(i)
	h := t.a.Tokens[i].Head
	if h < 0 || t.a.Tokens[i].Rel == "nmod:poss" {
		return false
	}
	hd := &t.a.Tokens[h]
	return hd.UPOS == "NOUN" && !lowerIn(civicNouns, hd.Lemma) && (!lowerIn(roleHeads, hd.Lemma) || lowerIn(professionNouns, hd.Lemma))
}

// professionNouns are roles a person practises in a town rather than
// holds in it: "a Vell Harbour lawyer" works there, for clients of their
// own.
var professionNouns = makeSet(`lawyer attorney counsel economist analyst professor scholar expert strategist pollster
researcher activist campaigner consultant`)

// administrationNouns are the governments a story names for the person
// at their head ("the Obama administration", "the Varga government").
var administrationNouns = makeSet(`administration government`)

// headsAdministration reports whether the name at i is a person's name
// modifying an administration or government (entity model: a person):
// "the Obama administration".
func (t *tree) headsAdministration(i int) bool {
	hd := t.a.Tokens[i].Head
	if hd < 0 || t.a.Tokens[hd].UPOS != "NOUN" || !administrationNouns[t.a.Tokens[hd].Lemma] {
		return false
	}
	x := t.entityAt(i)
	return x >= 0 && t.a.Entities[x].Type == nlp.PERSON
}

// namesAdministration reports whether the speaker, a person's name, is
// named in the sentence at byte offset off only as the modifier of an
// administration or government (headsAdministration): "The Obama
// administration has refused…" is the government's statement, not the
// person's.
func (t *tree) namesAdministration(off int, speaker string) bool {
	a := t.a
	si := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > off })
	if si == len(a.Sentences) || strings.ContainsRune(speaker, ' ') {
		return false
	}
	for i := a.Sentences[si].First; i < a.Sentences[si].Last; i++ {
		if a.Tokens[i].Text == speaker && t.headsAdministration(i) {
			return true
		}
	}
	return false
}
