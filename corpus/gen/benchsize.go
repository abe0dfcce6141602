package gen

import (
	"fmt"
	"os"
	"strconv"
)

// BenchArticlesVariable names the environment variable that sets how many
// generated articles the benchmarks of whole collections use.
const BenchArticlesVariable = "DOSSIER_BENCH_ARTICLES"

// BenchArticles is how many generated articles a benchmark of a whole
// collection uses: BenchArticlesVariable's value (100000 for the size the
// speed targets are set at), or fallback when it is unset.
func BenchArticles(fallback int) (int, error) {
	s := os.Getenv(BenchArticlesVariable)
	if s == "" {
		return fallback, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("%s=%q is no number of articles", BenchArticlesVariable, s)
	}
	return n, nil
}
