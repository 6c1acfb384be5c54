// Package copyedit cleans scraped, damaged English text. It chains three
// stages into a configurable Pipeline:
//
//   - normalize repairs Unicode damage (mojibake, HTML entities, odd spaces,
//     invisible and control characters, full-width forms, ligatures) and
//     makes quotes and dashes consistent;
//   - boilerplate removes metadata tokens, donation appeals, "Read more"
//     lines and other junk, keeping what it learns (such as a date) as
//     document metadata;
//   - spell corrects typos with a dictionary and the context of each word,
//     leaving names and correct spellings alone.
//
// A Pipeline is built once from a Config with New and is then safe for
// concurrent use. Every change a stage makes is reported as an Edit.
//
// The stages are packages of their own (normalize, boilerplate, spell, dict)
// and can be used without this package.
package copyedit
