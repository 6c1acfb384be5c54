// Package boilerplate removes boilerplate from plain-text articles.
//
// A Remover works in up to four layers, each reported as edit.Edit values
// with Stage "boilerplate" and the rule that fired:
//
//   - metadata tokens at the start or end of a document (`date
//     2025-03-16`, `Published: 3 February 2026`, `Updated 14:05 GMT`) are
//     removed and returned in Result.Meta in ISO 8601 form;
//   - built-in rules (see Rules) remove known junk: appeals, newsletter
//     sign-ups, adverts, read-more links, share bars, image credits,
//     cookie and policy notices, comment counters, copyright lines. Rules
//     match whole lines, and spans glued to the start or end of a line, in
//     which case only the span goes;
//   - a learned Profile (see Learner) removes sentences and 8-word runs
//     that one source repeats across many of its documents, weighing where
//     they sit (the document's edges, the same neighbours, a whole line or
//     inside one) against how junk-like they read (calls to action, second
//     person, links; reporting verbs and quotes count against), so that
//     boilerplate glued inside a line goes and repeated reporting stays;
//     text shared across sources is never removed;
//   - in page mode, a line classifier in the spirit of jusText removes the
//     menus, link lists and footers of whole-page text.
//
// The stage never removes more than Options.MaxRemoved of a document: when
// it would, it keeps the document, reports the planned removals as
// suspects and warns; Result.Meta then reports no metadata, since no
// token left the text.
package boilerplate
