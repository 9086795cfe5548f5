package i18n

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// messages is one language file: id -> plural form -> text.
type messages map[string]map[string]string

// parseMessages reads a language file written as serieskit writes them, one
// table per id ([serieskit_x] with other = "..." and maybe other forms).
func parseMessages(data []byte) (messages, error) {
	var raw map[string]any
	if err := toml.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	m := messages{}
	for id, v := range raw {
		table, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("id %q: want a table of plural forms ([%s] other = \"...\"), got %T", id, id, v)
		}
		m[id] = map[string]string{}
		for form, text := range table {
			s, ok := text.(string)
			if !ok {
				return nil, fmt.Errorf("id %q form %q: want a string, got %T", id, form, text)
			}
			m[id][form] = s
		}
	}
	return m, nil
}

// readMessages parses the file at path.
func readMessages(path string) (messages, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := parseMessages(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return m, nil
}

// pluralForms lists, per language, the CLDR cardinal plural categories that
// Hugo's go-i18n uses for it: a string that shows a count needs each of them.
// A new language file needs a line here (the test says so).
var pluralForms = map[string][]string{
	"en": {"one", "other"},
	"de": {"one", "other"},
	"nl": {"one", "other"},
	"fr": {"one", "many", "other"},
	"es": {"one", "many", "other"},
	"it": {"one", "many", "other"},
	"pt": {"one", "many", "other"},
	"pl": {"one", "few", "many", "other"},
	"cs": {"one", "few", "many", "other"},
	"ru": {"one", "few", "many", "other"},
	"ja": {"other"},
	"zh": {"other"},
}

// actionRE matches a template action in a message, e.g. {{ .Series }}.
var actionRE = regexp.MustCompile(`\{\{.*?\}\}`)

// placeholderRE is the one action form a message may use: {{ .Name }}.
var placeholderRE = regexp.MustCompile(`^\{\{ \.[A-Z][A-Za-z0-9]* \}\}$`)

// actions returns the sorted template actions of s.
func actions(s string) []string {
	a := actionRE.FindAllString(s, -1)
	sort.Strings(a)
	return a
}

// isCounted reports whether en.toml gives id a form other than "other",
// which marks a string that shows a number.
func isCounted(en messages, id string) bool {
	return len(en[id]) > 1
}

// checkEnglish returns the problems of en.toml itself: a message without
// "other", a form other than one/other, a counted message without "one", an
// action that is not a plain {{ .Name }} placeholder.
func checkEnglish(en messages) []string {
	var problems []string
	for _, id := range sortedIDs(en) {
		forms := en[id]
		if _, ok := forms["other"]; !ok {
			problems = append(problems, fmt.Sprintf("en: %s has no form other", id))
		}
		for _, form := range sortedKeys(forms) {
			if form != "one" && form != "other" {
				problems = append(problems, fmt.Sprintf("en: %s has form %q; English uses one and other", id, form))
			}
			for _, a := range actions(forms[form]) {
				if !placeholderRE.MatchString(a) {
					problems = append(problems, fmt.Sprintf("en: %s %s: write the placeholder %q as {{ .Name }}", id, form, a))
				}
			}
		}
		if len(forms) > 1 && forms["one"] == "" {
			problems = append(problems, fmt.Sprintf("en: %s has forms %v; a counted string needs one and other", id, sortedKeys(forms)))
		}
	}
	return problems
}

// check returns the problems of language lang's messages tr against en: ids
// missing or unknown, plural forms missing or foreign to the language, and
// placeholders dropped, changed or added.
func check(lang string, en, tr messages) []string {
	var problems []string
	need, known := pluralForms[lang]
	if !known {
		problems = append(problems, fmt.Sprintf("%s: no plural categories known for this language: add its CLDR cardinal categories to pluralForms", lang))
	}
	for _, id := range sortedIDs(en) {
		forms, ok := tr[id]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: missing id %s", lang, id))
			continue
		}
		want := []string{"other"}
		if isCounted(en, id) && known {
			want = need
		}
		for _, form := range want {
			if _, ok := forms[form]; !ok {
				problems = append(problems, fmt.Sprintf("%s: %s lacks plural form %q (needs %v)", lang, id, form, want))
			}
		}
		placeholders := actions(en[id]["other"])
		for _, form := range sortedKeys(forms) {
			if !slices.Contains(want, form) {
				problems = append(problems, fmt.Sprintf("%s: %s has plural form %q; it needs exactly %v", lang, id, form, want))
			}
			if got := actions(forms[form]); !slices.Equal(got, placeholders) {
				problems = append(problems, fmt.Sprintf("%s: %s %s has placeholders %v; en.toml has %v", lang, id, form, got, placeholders))
			}
		}
	}
	for _, id := range sortedIDs(tr) {
		if _, ok := en[id]; !ok {
			problems = append(problems, fmt.Sprintf("%s: id %s is not in en.toml", lang, id))
		}
	}
	return problems
}

func sortedIDs(m messages) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// langOf returns the language of an i18n file name: "de" for "de.toml".
func langOf(name string) string {
	return strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
}
