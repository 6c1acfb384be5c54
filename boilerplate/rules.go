package boilerplate

import (
	"regexp"
	"sort"
	"sync"
)

// ruleKind says where a rule's pattern applies.
type ruleKind uint8

const (
	kindLine   ruleKind = iota // the whole trimmed line
	kindLead                   // a span at the start of a line
	kindTail                   // a span at the end of a line
	kindInline                 // spans anywhere in a line
	kindCode                   // implemented in Go (metadata, appeal blocks)
)

func (k ruleKind) String() string {
	return [...]string{"line", "lead span", "tail span", "inline span", "line or span"}[k]
}

// rule is one built-in rule.
type rule struct {
	name    string
	set     string
	doc     string
	kind    ruleKind
	anchors []string // lower-case keywords; the rule runs only on lines containing one
	pattern string   // RE2, matched case-insensitively unless it says otherwise
	maxLen  int      // kindLine: longest trimmed line considered (default 160)
	// needCap (kindLead): the span must be followed by an upper-case
	// letter, a digit or a quote, as a new sentence would be.
	needCap bool
	// needStop (kindTail): the span must follow sentence-final
	// punctuation or a separator, so it cannot end a real sentence.
	needStop bool
	// prose (kindLine): the words the rule keys on also occur in news
	// prose, so the whole line goes only when every sentence reads as a
	// call to action; otherwise only a leading or trailing run of
	// call-to-action sentences goes (see ctaCut).
	prose bool
	re    *regexp.Regexp
}

// RuleInfo describes a built-in rule for documentation and listings.
type RuleInfo struct {
	Name string // rule name, used in Edit.Rule and in the disable key
	Set  string // rule set the rule belongs to; disabling a set disables its rules
	Kind string // "line", "lead span", "tail span", "inline span" or "line or span"
	Doc  string // what the rule matches
}

const (
	punct    = `[\s\p{P}\p{S}]*`
	socials  = `facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|whatsapp|telegram|reddit|pinterest|flipboard|snapchat|google news|apple news`
	agencies = `getty images|afp via getty images|shutterstock|alamy(?: stock photo)?|ap photo|associated press|pa (?:wire|media|images|archive)|reuters|epa(?:-efe)?|afp|bloomberg|ansa|xinhua|anadolu|istock(?:photo)?|nurphoto|sopa images|zuma(?: press)?|rex features|rex/shutterstock|dpa`
)

// builtin is the rule table, in the order rules are tried. Keep the
// README's rule list in step (TestReadmeListsRules checks it).
var builtin = []rule{
	// metadata
	{name: "date", set: "metadata", kind: kindCode, anchors: nil,
		doc: "date and time tokens near the start or end: `date 2025-03-16`, `Published: 3 February 2026`, `Updated 14:05 GMT`, `Last modified on ...`; kept as Meta \"date\"/\"updated\" in ISO form"},

	// appeals
	{name: "appeal", set: "appeal", kind: kindCode,
		anchors: []string{"support", "donat", "contribut", "member", "subscri", "chip in", "gift", "journalism", "value", "appreciate", "reader"},
		doc:     "donation and support appeals: a run of sentences opened by a strong appeal (`Your support helps us...`, `Please consider donating`) and held together by appeal words, as a whole line or glued to the start or end of a line"},

	// newsletters and paywalls
	{name: "newsletter-line", set: "newsletter", kind: kindLine, maxLen: 250, prose: true,
		anchors: []string{"newsletter", "inbox", "sign up", "sign-up", "signup", "subscribe", "email", "e-mail", "unsubscribe", "already a"},
		pattern: `^.{0,120}\b(?:(?:sign(?:ing)?[ -]?up|subscrib(?:e|ing)|register|join|get|receive)\b.{0,80}\b(?:newsletters?|inbox|e-?mail (?:alerts|updates|briefing)|bulletin|daily briefing)|newsletters?\b.{0,40}\b(?:sign[ -]?up|subscribe)|enter (?:your )?e-?mail(?: address)?|already (?:a (?:subscriber|member)|have an account|subscribed)|you can unsubscribe|thank(?:s| you) for (?:signing up|subscribing)|we(?:'|’)ll (?:never|not) share your (?:e-?mail|details)|invalid e-?mail)\b.{0,120}$`,
		doc:     "newsletter sign-ups and e-mail prompts: `Sign up to our free daily newsletter`, `Enter your email address`, `Already a subscriber? Log in`; the whole line only when every sentence is a call to action (imperative or second person, no reporting verb), else just the call-to-action sentences at its start or end, so reports about newsletters stay"},
	{name: "newsletter-tail", set: "newsletter", kind: kindTail, needStop: true,
		anchors: []string{"newsletter"},
		pattern: `(?:sign(?:ing)? up|subscribe|register)(?: now| today| here| free)?(?: to| for)?(?: (?:our|the|my|a))?(?: (?:free|daily|weekly|morning|evening|\w+))*? newsletters?(?: here| now| today)?` + punct + `$`,
		doc:     "a newsletter sign-up glued to the end of a paragraph: `... said. Sign up to our newsletter here.`"},
	{name: "paywall-line", set: "newsletter", kind: kindLine, maxLen: 200,
		anchors: []string{"subscri", "log in", "login", "sign in", "premium", "paywall", "exclusive"},
		pattern: `^\W*(?:subscribe (?:now|today|to (?:read|continue|unlock))|subscribers? only|(?:this|the) (?:article|story|content) is (?:for|only available to|exclusive to) (?:subscribers|members)|(?:log|sign) ?in to (?:read|continue|comment)|(?:unlock|get) (?:unlimited|full|premium) access|start your (?:free )?(?:trial|subscription)|premium (?:content|article))\b.{0,120}$`,
		doc:     "paywall prompts: `Subscribe to continue reading`, `This article is for subscribers only`, `Log in to comment`"},

	// adverts
	{name: "advert-line", set: "advert", kind: kindLine, maxLen: 80,
		anchors: []string{"advert", "ad", "sponsor", "paid", "promoted", "continue", "scroll", "partner"},
		pattern: `^` + punct + `(?:advertisement|advertising|advert|ads?|sponsored(?: (?:content|post|links?|stories|by \S+(?: \S+){0,3}))?|paid (?:content|post|partnership|promotion)(?: by \S+(?: \S+){0,3})?|promoted(?: (?:content|stories|links?))?|in partnership with \S+(?: \S+){0,3}|(?:the )?(?:story|article|content) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|advert|ad))?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: (?:reading|with content))?|skip (?:advert(?:isement)?|ad)|remove ads?)` + punct + `$`,
		doc:     "advert markers on a line of their own: `Advertisement`, `ADVERTISEMENT`, `Sponsored content`, `Story continues below advertisement`, `Scroll to continue with content`"},
	{name: "advert-lead", set: "advert", kind: kindLead, needCap: true,
		anchors: []string{"advertisement"},
		pattern: `^(?:-\s*)?(?:advertisement|ADVERTISEMENT)(?:\s*-)?`,
		doc:     "`Advertisement` glued before the start of a paragraph"},
	{name: "advert-tail", set: "advert", kind: kindTail, needStop: true,
		anchors: []string{"advertisement"},
		pattern: `(?:-\s*)?(?:advertisement|ADVERTISEMENT)(?:\s*-)?\s*$`,
		doc:     "`Advertisement` glued after the end of a paragraph"},

	// read more and related links
	{name: "readmore-line", set: "readmore", kind: kindLine, maxLen: 60,
		anchors: []string{"read", "more", "related", "see also", "recommended", "also like", "most ", "top stories", "trending", "watch", "listen", "next"},
		pattern: `^` + punct + `(?:read more|read next|read the full (?:story|article)|more on this(?: story)?|more stories|related(?: (?:articles?|stories|content|coverage|topics|news|links|reading))?|see also|recommended(?: (?:for you|stories|reading|articles))?|you (?:may|might) (?:also )?(?:like|be interested in)|most (?:read|popular|viewed|shared)|top stories|trending(?: now| stories)?|more from [\p{L}\d&.' -]{1,40}|continue reading|keep reading|full story|watch(?: the)? video|watch now|listen to (?:this )?article|what to read next|up next)` + punct + `$`,
		doc:     "read-more and related-content headers on a line of their own: `Read more`, `Related articles`, `You may also like`, `Most read`"},
	{name: "readmore-link", set: "readmore", kind: kindLine, maxLen: 220,
		anchors: []string{"read", "related", "see also", "must", "miss", "watch", "more on", "recommended", "listen"},
		pattern: `^\W*(?:read more|read next|also read|read also|read|related(?: (?:article|story|content|coverage|video))?|see also|must read|don't miss|don’t miss|watch|watch now|more on this|recommended|listen)\s*(?::|\||»|>|–|—|-)\s*\S.{0,200}$`,
		doc:     "a link to another story: `READ MORE: Minister resigns over ...`, `Related: ...`, `Watch: ...`"},
	{name: "readmore-tail", set: "readmore", kind: kindTail, needStop: true,
		anchors: []string{"read more", "continue reading", "full story", "read full"},
		pattern: `(?:read more|continue reading|read (?:the )?full (?:story|article)|full story)\s*(?:»+|›+|>+|\.\.\.|…)?\s*$`,
		doc:     "`Read more` or `Continue reading` glued to the end of a line: `... the facts. Read more`, `... - Read More »»`"},

	// share and social prompts
	{name: "share-line", set: "share", kind: kindLine, maxLen: 160,
		anchors: []string{"share", "tweet", "email", "e-mail", "print", "whatsapp", "facebook", "twitter", "linkedin", "reddit", "pinterest", "telegram", "flipboard", "copy link", "messenger"},
		pattern: `^(?:[\W\d]*\b(?:share|shares|shared|sharing|tweet|email|e-mail|mail|print|pin|pin it|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest|messenger|telegram|flipboard|tumblr|copy|link|copied|url|save|bookmark|gift|this|article|story|page|post|on|via|to|the|with|your|friends?|or|and|click|here)\b)+\W*$`,
		doc:     "share toolbars: lines made only of share words and network names: `Share this article`, `Facebook Twitter Email`, `Share on WhatsApp`, `Print`"},
	{name: "share-span", set: "share", kind: kindLead,
		anchors: []string{"share"},
		pattern: `^(?:click to )?share (?:this|the) (?:article|story|page|post)(?: (?:on|via) (?:` + socials + `|e-?mail))?`,
		doc:     "`Share this article` glued before a paragraph"},
	{name: "share-tail", set: "share", kind: kindTail, needStop: true,
		anchors: []string{"share"},
		pattern: `(?:click to )?share (?:this|the) (?:article|story|page|post)(?: (?:on|via) (?:` + socials + `|e-?mail))?` + punct + `$`,
		doc:     "`Share this article` glued after a paragraph"},
	{name: "follow-line", set: "social", kind: kindLine, maxLen: 200,
		anchors: []string{"follow", "like us", "join us", "find us", "connect with", "@", "download"},
		pattern: `^\W*(?:(?:follow|like|join|find|connect with)\b.{0,60}\b(?:on|via) (?:` + socials + `)\b.{0,80}|follow @\w+.{0,80}|(?:download|get) (?:our|the \S+(?: \S+)?) (?:free )?app\b.{0,80})$`,
		doc:     "social prompts: `Follow us on Twitter`, `Like us on Facebook`, `Follow @newsdesk for updates`, `Download our app`"},

	// image credits
	{name: "credit-line", set: "credit", kind: kindLine, maxLen: 180,
		anchors: []string{"image", "photo", "picture", "pic", "credit", "caption", "illustration", "graphic", "video"},
		pattern: `^[\s(\[]*(?:image|images|photo|photos|photograph|picture|pic|credit|image credit|photo credit|photo credits|image caption|media caption|caption|illustration|graphic|video)(?: credit)?\s*(?::|\||/)\s*.{1,150}$`,
		doc:     "image credits and captions on their own line: `Image: Getty Images`, `Photograph: Jane Roe/Reuters`, `(Photo credit: AFP)`"},
	{name: "credit-agency", set: "credit", kind: kindLine, maxLen: 180,
		anchors: []string{"getty", "shutterstock", "alamy", "ap photo", "associated press", "pa ", "reuters", "epa", "afp", "bloomberg", "ansa", "xinhua", "anadolu", "istock", "nurphoto", "sopa", "zuma", "rex", "dpa"},
		pattern: `^.{0,140}(?:[|/(©]|\bvia|\bby|\bcredit:?)\s*(?:` + agencies + `)(?:\s*/\s*[\p{L}.' -]{1,40})?[\s)\]]*$`,
		doc:     "caption lines ending in an agency credit: `Troops near the border (Getty Images)`, `Photo by Jane Roe/AFP via Getty Images`"},
	{name: "credit-span", set: "credit", kind: kindInline,
		anchors: []string{"image", "photo", "picture", "pic", "credit", "getty"},
		pattern: `[(\[]\s*(?:image|photo|photograph|picture|pic|credit|image credit|photo credit|source)s?(?: credit)?\s*:\s*[^()\[\]]{1,80}[)\]]|[(\[](?:` + agencies + `)[)\]]`,
		doc:     "a parenthesised credit inside a line: `(Photo: PTI File Photo)`, `(Image credit: Reuters)`, `(Getty Images)`"},
	{name: "credit-tail", set: "credit", kind: kindTail,
		anchors: []string{"photograph", "photo", "image", "picture"},
		pattern: `(?:photograph|photo|image|picture)(?: credit)?\s*:\s*[\p{L}.' -]{1,60}/[\p{L}.' -]{1,40}\s*$`,
		doc:     "a Guardian-style credit glued to the end of a caption: `... Photograph: Jane Roe/Reuters`"},

	// cookies and consent
	{name: "cookie-line", set: "cookie", kind: kindLine, maxLen: 400,
		anchors: []string{"cookie", "by continuing", "by using", "consent", "privacy settings"},
		pattern: `\b(?:we use cookies|(?:site|website|page) uses cookies|use of cookies|accept (?:all )?cookies|cookies? (?:settings|preferences|notice|banner)|reject (?:all|non-essential)|manage (?:cookies|consent|(?:your )?preferences|privacy settings)|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)|consent to (?:the use of )?cookies|you agree to (?:our|the) use of cookies)\b`,
		doc:     "cookie and consent notices: `We use cookies to improve your experience`, `Accept all cookies`, `By continuing to browse this site ...`"},

	// policy lines (C4)
	{name: "policy-line", set: "policy", kind: kindLine, maxLen: 300,
		anchors: []string{"terms of", "privacy policy", "cookie policy", "terms and conditions", "privacy notice", "accessibility"},
		pattern: `\b(?:terms of (?:use|service)|privacy (?:policy|notice)|cookie policy|terms (?:and|&) conditions|accessibility statement)\b`,
		doc:     "C4-style policy lines: a line mentioning `terms of use`, `privacy policy`, `cookie policy`, `terms and conditions`"},
	{name: "javascript-line", set: "policy", kind: kindLine, maxLen: 300,
		anchors: []string{"javascript", "browser"},
		pattern: `\b(?:javascript\b.{0,80}\b(?:enable|disable|require|activate|turn on|support)|(?:enable|disable|activate|turn on)\b.{0,40}\bjavascript|your browser (?:does not|doesn't|doesn’t) support|(?:update|upgrade) your browser)`,
		doc:     "browser notices: `Please enable JavaScript to view this content`, `Your browser does not support the video tag`"},

	// comments
	{name: "comments-line", set: "comments", kind: kindLine, maxLen: 120,
		anchors: []string{"comment", "repl", "respon", "have your say", "conversation", "discussion", "debate"},
		pattern: `^\W*(?:\d[\d,.]*[kKmM]?\s+)?(?:comments?|replies|responses)\W*$|^\W*(?:leave|post|add|write|view|show|read|see|load|hide|open)(?: all)?(?: \d[\d,]*)?(?: (?:a|your|the|more|reader))? (?:comments?|reply|replies|responses)\b.{0,40}$|^\W*(?:have your say|join the (?:conversation|discussion|debate)|be the first to comment|comments? (?:are|have been|is) (?:closed|disabled|turned off|open)|reader comments|\d+ (?:people )?(?:commented|comments so far))\b.{0,60}$`,
		doc:     "comment counters and prompts: `12 comments`, `Leave a comment`, `View all 230 comments`, `Have your say`, `Comments are closed`"},
	{name: "counter-line", set: "comments", kind: kindLine, maxLen: 80,
		anchors: []string{"like", "share", "comment", "retweet", "repost", "quote", "bookmark", "vote", "download", "view", "follower", "read", "reaction", "min"},
		pattern: `^\W*\d(?:,|\.|\d)*[KkMmBb]?\s+(?:likes?|shares?|comments?|retweets?|reposts?|quotes?|bookmarks?|upvotes?|downvotes?|downloads?|views?|followers?|reads?|reactions?)\W*$|^\W*(?:\d+\s*(?:-|to)\s*)?\d+\s*(?:min|mins|minute|minutes)(?:\s+read|\s+reading time)\W*$|^\W*reading time\s*:?\s*\d+\s*(?:min|mins|minutes?)\W*$`,
		doc:     "RefinedWeb-style counters and reading times: `1.2K shares`, `340 views`, `5 min read`, `Reading time: 4 minutes`"},

	// copyright
	{name: "copyright-line", set: "copyright", kind: kindLine, maxLen: 250,
		anchors: []string{"©", "(c)", "copyright", "all rights reserved"},
		pattern: `^\W*(?:©|\(c\)\s*\d{4}|copyright\b(?:\s*(?:©|\(c\)))?\s*(?:\d{4}|[\p{Lu}]))|\ball rights reserved\b|^.{0,80}©\s*\d{4}`,
		doc:     "copyright lines: `© 2025 Example Media Ltd`, `Copyright 2024 ...`, any short line with `All rights reserved`"},
	{name: "copyright-tail", set: "copyright", kind: kindTail, needStop: true,
		anchors: []string{"©", "copyright", "all rights reserved"},
		pattern: `(?:©|copyright(?:\s*©)?)\s*(?:\d{4}\s*)?[\p{L}&.,' -]{0,60}(?:all rights reserved)?\W*$`,
		doc:     "a copyright notice glued to the end of the last paragraph: `... she said. © Example News 2025`"},

	// navigation
	{name: "nav-line", set: "nav", kind: kindLine, maxLen: 40,
		anchors: []string{"skip", "back to", "jump to", "top", "menu", "close", "search", "sign in", "log in", "login", "register", "home", "more"},
		pattern: `^` + punct + `(?:skip to (?:main )?(?:content|navigation|search)|back to (?:top|home|homepage)|jump to|go to top|top of page|menu|main menu|close|search|sign in|log ?in|log out|register|home|homepage|more|show more|load more|see more|view more)` + punct + `$`,
		doc:     "navigation words on a line of their own: `Skip to content`, `Back to top`, `Menu`, `Sign in`, `Home`, `Load more`"},
}

// ruleTable is the compiled rule table and its anchor automaton.
type ruleTable struct {
	rules    []rule
	anchors  *anchorSet
	byAnchor [][]int // anchor id -> rule indexes
	sets     map[string][]string
}

var builtinTable = sync.OnceValue(func() *ruleTable {
	t := &ruleTable{rules: make([]rule, len(builtin)), sets: map[string][]string{}}
	copy(t.rules, builtin)
	var words []string
	ids := map[string]int{}
	for i := range t.rules {
		r := &t.rules[i]
		t.sets[r.set] = append(t.sets[r.set], r.name)
		if r.pattern != "" {
			flags := "(?i)"
			if r.name == "advert-lead" || r.name == "advert-tail" {
				flags = ""
			}
			r.re = regexp.MustCompile(flags + r.pattern)
		}
		if r.maxLen == 0 {
			r.maxLen = 160
		}
		for _, a := range r.anchors {
			id, ok := ids[a]
			if !ok {
				id = len(words)
				ids[a] = id
				words = append(words, a)
				t.byAnchor = append(t.byAnchor, nil)
			}
			t.byAnchor[id] = append(t.byAnchor[id], i)
		}
	}
	t.anchors = newAnchorSet(words)
	return t
})

// ruleNames resolves a rule or rule-set name to rule names.
func ruleNames(name string) ([]string, bool) {
	t := builtinTable()
	if names, ok := t.sets[name]; ok {
		return names, true
	}
	for _, r := range t.rules {
		if r.name == name {
			return []string{name}, true
		}
	}
	return nil, false
}

// Rules lists the built-in rules in the order they are tried.
func Rules() []RuleInfo {
	t := builtinTable()
	out := make([]RuleInfo, len(t.rules))
	for i, r := range t.rules {
		out[i] = RuleInfo{Name: r.name, Set: r.set, Kind: r.kind.String(), Doc: r.doc}
	}
	return out
}

// RuleSets lists the names of the built-in rule sets, sorted.
func RuleSets() []string {
	t := builtinTable()
	var s []string
	for k := range t.sets {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

// hit is where a rule's anchors occur in a line: the end offsets of the
// first and the last occurrence.
type hit struct {
	rule        int
	first, last int
}

// candidates returns, in table order, the rules whose anchors occur in
// line and which are not disabled. buf is scratch space of one entry per
// rule.
func (t *ruleTable) candidates(line string, disabled map[string]bool, buf []hit) []hit {
	for i := range buf {
		buf[i] = hit{rule: i, first: -1}
	}
	any := false
	t.anchors.scan(line, func(id, end int) {
		for _, ri := range t.byAnchor[id] {
			h := &buf[ri]
			if h.first < 0 {
				h.first = end
			}
			h.last = end
			any = true
		}
	})
	if !any {
		return nil
	}
	var out []hit
	for _, h := range buf {
		if h.first >= 0 && !disabled[t.rules[h.rule].name] {
			out = append(out, h)
		}
	}
	return out
}
