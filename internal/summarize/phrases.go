package summarize

// Word lists of the negotiation stage, by lemma: the tree says which word
// heads which clause, these lists say what the word means for a
// negotiation.

// proposalVerb lists verbs that put something on the table: the subject
// (or the "by" agent of a passive) is the proposer and the object is what
// is proposed. "put" counts with "forward" or "on the table", "make" with
// an offer or a bid as its object (see isProposal).
func proposalVerb(l string) bool {
	switch l {
	case "offer", "propose", "submit", "table", "unveil", "present", "outline", "suggest", "float", "tender", "bid", "counter":
		return true
	}
	return false
}

// demandVerb lists verbs by which a side asks the other side for
// something specific: "the Commission urged an increase to 1.26%" puts an
// increase on the table. ("demand" is a stance: what a side demands is
// its position.)
func demandVerb(l string) bool {
	return l == "urge"
}

// proposalNoun lists nouns that name something put on the table; with a
// possessor ("Deutsche Boerse's offer") or a "by"/"from" phrase ("an offer
// from Deutsche Boerse") they name the proposer too.
func proposalNoun(l string) bool {
	switch l {
	case "offer", "proposal", "bid", "counteroffer", "counter-offer", "counterproposal", "package", "draft", "plan":
		return true
	}
	return false
}

// responseVerb lists verbs whose subject responds to what another side put
// on the table: the subject is never the proposer.
func responseVerb(l string) bool {
	switch l {
	case "reject", "accept", "receive", "consider", "weigh", "study", "review", "dismiss", "rebuff", "refuse",
		"spurn", "welcome", "approve", "endorse", "back", "oppose", "veto", "block":
		return true
	}
	return false
}

// stanceLemma lists predicates by which a side takes a position: verbs
// ("the union insists", "Russia rejects") and adjectives after a copula
// ("Moscow is ready to", "the firm is keen on").
func stanceLemma(l string) bool {
	switch l {
	case "insist", "demand", "refuse", "reject", "want", "accept", "oppose", "support", "back", "urge",
		"seek", "vow", "pledge", "promise", "threaten", "warn", "welcome", "condemn", "denounce",
		"dismiss", "criticize", "criticise", "favour", "favor", "endorse", "veto", "block", "fear",
		"hope", "agree", "decline", "resist", "object", "press", "push", "hail", "prefer", "argue",
		"ready", "willing", "prepared", "unwilling", "determined", "committed", "opposed", "firm", "open",
		"adamant", "keen", "eager", "reluctant", "anxious", "interested", "happy", "angry", "frustrated", "impatient":
		return true
	}
	return false
}

// eventLemma lists what happens in a negotiation, verbs and nouns: a
// future clause is a next step when its verb or one of its arguments is
// one of these.
func eventLemma(l string) bool {
	switch l {
	case "meet", "talk", "negotiate", "vote", "sign", "resume", "reconvene", "decide", "announce",
		"hold", "continue", "visit", "return", "rule", "hear", "ratify", "discuss", "debate", "publish",
		"present", "submit", "deliver", "respond", "travel", "host", "convene", "gather", "approve",
		"review", "expire", "begin", "start", "launch", "reopen", "unveil", "ballot", "strike",
		"finalize", "finalise", "conclude", "consult", "introduce", "implement", "join", "attend",
		"liquidate", "walk", "picket", "co-ordinate", "coordinate", "table", "offer", "propose", "bid",
		"talks", "negotiation", "meeting", "summit", "round", "deadline", "session", "conference",
		"hearing", "decision", "agreement", "deal", "ceasefire", "truce", "walkout", "stoppage",
		"consultation", "referendum", "election", "treaty", "accord", "trip", "discussion", "action",
		"plan", "proposal", "regulation", "overhaul", "reform", "protest",
		// Sides talking with each other, or briefing their own.
		"speak", "confer", "brief",
		// What truce talks trade: prisoners, hostages.
		"exchange", "swap":
		return true
	}
	return false
}

// scheduleLemma lists the words that put the verb after "to" in the
// future: "is due to meet", "are set to vote", "plans to strike",
// "expected to resume", "agreed to reopen talks".
func scheduleLemma(l string) bool {
	switch l {
	case "due", "set", "expect", "expected", "schedule", "scheduled", "plan", "planned", "intend", "aim",
		"prepare", "poised", "go", "earmark", "earmarked":
		return true
	}
	return commitLemma(l)
}

// commitLemma lists the verbs by which a side commits to an act: "agreed
// to reopen talks", "vowed to strike". The act is a next step only when it
// is itself a negotiation event.
func commitLemma(l string) bool {
	switch l {
	case "agree", "decide", "vow", "pledge", "promise", "threaten":
		return true
	}
	return false
}

// eventTaker lists the verbs whose object can be the event they bring
// about: "will hold talks", "is to call a strike", "will sign the deal".
func eventTaker(l string) bool {
	switch l {
	case "hold", "have", "begin", "start", "resume", "reopen", "open", "call", "sign", "reach", "strike",
		"seal", "conclude", "attend", "host", "stage", "launch", "convene", "join", "take", "finalize",
		"finalise", "announce", "unveil", "publish", "present", "submit", "table", "put", "make", "ratify",
		"approve", "vote", "ballot", "continue", "enter", "chair":
		return true
	}
	return false
}

// partyNouns are common nouns that name a side: "the union insists".
var partyNouns = makeSet(`union unions company companies government governments management employer employers workers
staff rebels militants protesters negotiators side sides administration ministry opposition coalition board
bank banks bidder buyer seller owners shareholders members nurses teachers drivers pilots doctors miners farmers
strikers regime army council committee delegation`)

// groupNouns name a group that is a side of its own even when a party's
// name qualifies it: "LSE shareholders", "Deutsche Boerse staff".
var groupNouns = makeSet(`shareholders shareholder staff workers employees members pilots nurses teachers
drivers customers investors creditors bondholders farmers miners`)
