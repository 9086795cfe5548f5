package i18n

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/serieskit/serieskit/tests/harness"
)

// shipped are the languages serieskit promises besides English.
var shipped = []string{"de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ja", "zh", "ru"}

func english(t *testing.T) messages {
	t.Helper()
	en, err := readMessages(filepath.Join(harness.ModuleRoot, "i18n", "en.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return en
}

// en.toml is well formed: "other" everywhere, only one/other, plain
// {{ .Name }} placeholders.
func TestEnglishFile(t *testing.T) {
	for _, p := range checkEnglish(english(t)) {
		t.Error(p)
	}
}

// Every shipped language has a file, and every file in i18n/ has exactly
// en.toml's ids, the plural forms its language uses and en.toml's
// placeholders.
func TestTranslationsComplete(t *testing.T) {
	en := english(t)
	entries, err := os.ReadDir(filepath.Join(harness.ModuleRoot, "i18n"))
	if err != nil {
		t.Fatal(err)
	}
	var langs []string
	for _, e := range entries {
		if e.IsDir() || e.Name() == "en.toml" {
			continue
		}
		lang := langOf(e.Name())
		langs = append(langs, lang)
		if filepath.Ext(e.Name()) != ".toml" {
			t.Errorf("i18n/%s: write language files in TOML like en.toml", e.Name())
			continue
		}
		tr, err := readMessages(filepath.Join(harness.ModuleRoot, "i18n", e.Name()))
		if err != nil {
			t.Error(err)
			continue
		}
		for _, p := range check(lang, en, tr) {
			t.Error(p)
		}
	}
	for _, lang := range shipped {
		if !slices.Contains(langs, lang) {
			t.Errorf("i18n/%s.toml is missing", lang)
		}
	}
	t.Logf("checked %d languages against %d ids", len(langs), len(en))
}

// The checker catches each kind of mistake (the shipped files have none, so
// this is where each check shows it can fail).
func TestCheckFindsProblems(t *testing.T) {
	en, err := parseMessages([]byte(`
[serieskit_a]
other = "Plain"
[serieskit_b]
other = "Posts in {{ .Series }}"
[serieskit_n]
one = "One post"
other = "{{ .Count }} posts"
`))
	if err != nil {
		t.Fatal(err)
	}
	good := `
[serieskit_a]
other = "Gładki"
[serieskit_b]
other = "Wpisy z serii {{ .Series }}"
[serieskit_n]
one = "{{ .Count }} wpis"
few = "{{ .Count }} wpisy"
many = "{{ .Count }} wpisów"
other = "{{ .Count }} wpisu"
`
	tests := []struct {
		name, lang, edit, want string
	}{
		{"complete", "pl", "", ""},
		{"missing id", "pl", `[serieskit_a]
other = "Gładki"
->`, "pl: missing id serieskit_a"},
		{"unknown id", "pl", `[serieskit_a]->[serieskit_z]
other = "Z"
[serieskit_a]`, "pl: id serieskit_z is not in en.toml"},
		{"missing plural form", "pl", `few = "{{ .Count }} wpisy"
->`, `pl: serieskit_n lacks plural form "few" (needs [one few many other])`},
		{"form foreign to the language", "pl", `[serieskit_a]
->[serieskit_a]
one = "Jeden"
`, `pl: serieskit_a has plural form "one"; it needs exactly [other]`},
		{"dropped placeholder", "pl", `Wpisy z serii {{ .Series }}->Wpisy z serii`, `pl: serieskit_b other has placeholders []; en.toml has [{{ .Series }}]`},
		{"changed placeholder", "pl", `{{ .Series }}->{{ .series }}`, `pl: serieskit_b other has placeholders [{{ .series }}]; en.toml has [{{ .Series }}]`},
		{"dropped count", "pl", `{{ .Count }} wpisów->wiele wpisów`, `pl: serieskit_n many has placeholders []`},
		{"unknown language", "xx", "", "xx: no plural categories known"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := good
			if tt.edit != "" {
				from, to, _ := strings.Cut(tt.edit, "->")
				if !strings.Contains(src, from) {
					t.Fatalf("bad test: %q not in the file", from)
				}
				src = strings.Replace(src, from, to, 1)
			}
			tr, err := parseMessages([]byte(src))
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(check(tt.lang, en, tr), "\n")
			if tt.want == "" && got != "" {
				t.Errorf("want no problem, got:\n%s", got)
			}
			if tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("want a problem containing %q, got:\n%s", tt.want, got)
			}
		})
	}
}

// checkEnglish catches a counted string without one, a foreign form and an
// action other than {{ .Name }}.
func TestCheckEnglishFindsProblems(t *testing.T) {
	en, err := parseMessages([]byte(`
[serieskit_n]
few = "{{ .Count }} posts"
other = "{{ .Count }} posts"
[serieskit_s]
other = "Posts in {{.Series}}"
`))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(checkEnglish(en), "\n")
	for _, want := range []string{
		`en: serieskit_n has form "few"; English uses one and other`,
		`en: serieskit_n has forms [few other]; a counted string needs one and other`,
		`en: serieskit_s other: write the placeholder "{{.Series}}" as {{ .Name }}`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
}

// i18nCallRE matches a line that translates: Hugo's T or i18n, or the
// serieskit/funcs/t.html partial. Every "serieskit_…" literal on such a line
// is taken as an id.
var (
	i18nCallRE = regexp.MustCompile(`\{\{.*(\bT\b|\bi18n\b|serieskit/funcs/t\.html)`)
	idRE       = regexp.MustCompile(`"(serieskit_[a-z0-9_]+)"`)
)

// templateIDs returns, for the templates under dirs (every file there, HTML
// or another output format's), the ids used on
// translating lines (with file:line) and every "serieskit_…" literal seen.
func templateIDs(t *testing.T, dirs ...string) (used map[string][]string, literals map[string]bool) {
	used, literals = map[string][]string{}, map[string]bool{}
	for _, dir := range dirs {
		root := filepath.Join(harness.ModuleRoot, dir)
		if _, err := os.Stat(root); err != nil {
			continue
		}
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(harness.ModuleRoot, p)
			for n, line := range strings.Split(string(data), "\n") {
				translating := i18nCallRE.MatchString(line)
				for _, m := range idRE.FindAllStringSubmatch(line, -1) {
					literals[m[1]] = true
					if translating {
						used[m[1]] = append(used[m[1]], filepath.ToSlash(rel)+":"+strconv.Itoa(n+1))
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return used, literals
}

// Every id a template translates exists in en.toml, and every en.toml id
// appears in a template.
func TestTemplatesUseEnglishIDs(t *testing.T) {
	en := english(t)
	used, literals := templateIDs(t, "layouts", filepath.Join("theme", "layouts"))
	if len(used) == 0 {
		t.Fatal("no translated id found in any template: is the pattern still right?")
	}
	for id, where := range used {
		if _, ok := en[id]; !ok {
			t.Errorf("%s: %s is not in i18n/en.toml", strings.Join(where, ", "), id)
		}
	}
	for _, id := range sortedIDs(en) {
		if !literals[id] {
			t.Errorf("i18n/en.toml: %s is used by no template", id)
		}
	}
	t.Logf("%d ids used by templates, %d in en.toml", len(used), len(en))
}
