package dict

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// LoadFile reads a user dictionary from a file, choosing the format by its
// extension: a hunspell dictionary for ".dic" (with the ".aff" file of the
// same name beside it) or ".aff" (with its ".dic"), a plain word list
// ([ReadWordList]) for anything else. The list is named by path. It is the
// only function of the package that reads files.
func LoadFile(path string) (*Wordlist, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".dic", ".aff":
		stem := path[:len(path)-len(filepath.Ext(path))]
		dicPath, affPath := stem+filepath.Ext(path), stem+".aff"
		if strings.EqualFold(filepath.Ext(path), ".aff") {
			dicPath, affPath = stem+".dic", path
		}
		dic, err := os.Open(dicPath)
		if err != nil {
			return nil, fmt.Errorf("dict: %w", err)
		}
		defer dic.Close()
		aff, err := os.Open(affPath)
		if err != nil {
			return nil, fmt.Errorf("dict: hunspell dictionary %s needs its affix file: %w", dicPath, err)
		}
		defer aff.Close()
		return ReadHunspell(dic, aff, dicPath)
	default:
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("dict: %w", err)
		}
		defer f.Close()
		return ReadWordList(f, path)
	}
}
