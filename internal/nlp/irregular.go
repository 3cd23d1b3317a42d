package nlp

// irregularVerbs maps the irregular past forms and participles of English
// verbs to their base, a closed class the lemma lexicon learned from the
// treebank does not hold whole ("fled", "frozen", "withheld"): the
// lemmatizer's fallback before its suffix rules, and the answerer's for
// matching a question's words ("met" finds "meet").
var irregularVerbs = map[string]string{
	"met": "meet", "held": "hold", "told": "tell", "said": "say", "began": "begin", "begun": "begin",
	"won": "win", "lost": "lose", "fought": "fight", "sought": "seek", "struck": "strike", "broke": "break",
	"broken": "break", "took": "take", "taken": "take", "gave": "give", "given": "give", "made": "make",
	"spoke": "speak", "spoken": "speak", "brought": "bring", "bought": "buy", "sold": "sell", "rose": "rise",
	"risen": "rise", "fell": "fall", "fallen": "fall", "left": "leave", "went": "go", "gone": "go",
	"came": "come", "ran": "run", "chose": "choose", "chosen": "choose", "drew": "draw", "drawn": "draw",
	"led": "lead", "paid": "pay", "laid": "lay", "kept": "keep", "thought": "think", "felt": "feel",
	"meant": "mean", "stood": "stand", "withdrew": "withdraw", "withdrawn": "withdraw", "forgave": "forgive",
	"knew": "know", "known": "know", "saw": "see", "seen": "see", "wrote": "write", "written": "write",
	"froze": "freeze", "frozen": "freeze", "built": "build", "caught": "catch", "dealt": "deal", "drove": "drive",
	"driven": "drive", "ate": "eat", "eaten": "eat", "fled": "flee", "flew": "fly", "flown": "fly",
	"forbade": "forbid", "forbidden": "forbid", "forgot": "forget", "forgotten": "forget", "got": "get",
	"gotten": "get", "grew": "grow", "grown": "grow", "hid": "hide", "hidden": "hide", "hung": "hang",
	"heard": "hear", "lent": "lend", "overcame": "overcome", "overtook": "overtake", "overtaken": "overtake",
	"sent": "send", "spent": "spend", "shook": "shake", "shaken": "shake", "slid": "slide", "sped": "speed",
	"stole": "steal", "stolen": "steal", "stuck": "stick", "swore": "swear", "sworn": "swear", "taught": "teach",
	"threw": "throw", "thrown": "throw", "understood": "understand", "undertook": "undertake",
	"undertaken": "undertake", "upheld": "uphold", "woke": "wake", "woken": "wake", "wore": "wear",
	"worn": "wear", "withheld": "withhold", "shown": "show", "showed": "show", "sank": "sink", "sunk": "sink",
	"beaten": "beat", "became": "become", "bent": "bend", "bitten": "bite", "blew": "blow", "blown": "blow",
	"dug": "dig", "did": "do", "done": "do", "foresaw": "foresee", "foreseen": "foresee", "mistook": "mistake",
	"mistaken": "mistake", "outran": "outrun", "rode": "ride", "ridden": "ride", "sat": "sit", "slept": "sleep",
	"sang": "sing", "sung": "sing", "swept": "sweep", "swam": "swim", "swum": "swim", "tore": "tear",
	"torn": "tear", "arose": "arise", "arisen": "arise", "awoke": "awake", "awoken": "awake"}

// IrregularVerb returns the base of an irregular past form or participle
// in lower case ("fled" -> "flee", "frozen" -> "freeze"), or "".
func IrregularVerb(form string) string {
	return irregularVerbs[form]
}
