// Copyedit cleans scraped, damaged English text: it removes boilerplate,
// repairs Unicode damage and corrects typos.
//
// Usage:
//
//	copyedit [flags] [path ...]
//	copyedit config            print the default config, commented
//	copyedit learn -o PROFILE [flags] path ...
//	                           learn a boilerplate profile from a corpus
//
// Without paths, copyedit reads standard input and writes the cleaned text
// to standard output. A directory is walked for *.txt files (*.jsonl with
// -jsonl). The flags are:
//
//	-w          write the result to each file instead of standard output
//	-l          list files whose text would change
//	-d          print a unified diff of the changes
//	-check      change nothing; exit 1 if anything would change
//	-o FILE     write the output for the single input to FILE
//	-stages a,b run these stages, in this order, overriding the config
//	-config F   use config file F ("none": built-in defaults)
//	-explain F  write every edit to F as JSON Lines ("-": standard output,
//	            in place of the text)
//	-jsonl      input is JSON Lines; clean the "text" field of each object
//	-field NAME clean field NAME instead of "text"
//	-learn      learn boilerplate from all the inputs first, then clean
//	-j N        clean N files or records in parallel
//	-q          no warnings and no progress bar
//	-version    print the version and exit
//
// Exit status is 0 when all went well, 1 when -check, -l or -d found text
// that would change, and 2 on a usage or input error.
package main
