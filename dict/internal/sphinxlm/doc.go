// Package sphinxlm reads n-gram language models in the binary trie format
// of CMU sphinxbase 5prealpha ("Trie Language Model"), the format of
// en-us.lm.bin in Debian's pocketsphinx-en-us package.
//
// The package exists to measure whether such a model helps copyedit's
// spell corrector; it is internal and imports only the standard library.
//
// # Format
//
// All integers and floats are little-endian; probabilities and back-off
// weights are stored as sphinxbase "log floats", logarithms to base 1.0001
// (see [LogBase]), and converted to log10 here.
//
//	"Trie Language Model"       19 bytes, no terminator
//	order                       1 byte, 1..5
//	count[0..order-1]           uint32 each: n-grams per order as allocated
//	if order > 1:
//	  quantisation type         int32, 1 (16-bit bins) is the only one read
//	  bins per middle order     65,536 probabilities, then 65,536 back-offs (float32)
//	  bins of the last order    65,536 probabilities (float32)
//	unigrams                    count[0]+1 records {prob float32, backoff float32, next uint32};
//	                            the last is a sentinel whose next ends the final range
//	middle orders 2..order-1    bit-packed records, see below
//	last order                  bit-packed records
//	word strings                int32 byte length, then count[0] NUL-terminated words
//
// The trie is stored backwards, as in KenLM: the root is the predicted word
// and each level down adds one word of history, nearest first. Unigram w's
// children (records next[w] up to next[w+1] of order 2) are the bigrams
// "h w"; a bigram record's children are the trigrams "h2 h w", and so on.
// Each record of a middle order holds its history word (⌈log2(count[0])⌉
// bits, at least 1), a 32-bit quantised weight (back-off bin in the low 16
// bits, probability bin in the high 16) and the index of its first child
// (enough bits for count[order]); records of the last order hold the word
// and a 16-bit probability bin. Records are packed without alignment,
// each region is padded to whole bytes plus 8 bytes, and is sized for
// count[n]+1 records: the extra record carries the end of the last range.
//
// The header counts are what the writer allocated. sphinxbase's count of the
// filler n-grams it inserts to reach higher orders can exceed the number it
// actually writes (en-us.lm.bin declares 2,051,547 bigrams and holds
// 2,051,541), which is why sphinx_lm_convert aborts on that file; this
// reader takes the stored end pointers as the true counts ([Model.Count])
// and keeps the declared ones ([Model.Declared]).
package sphinxlm
