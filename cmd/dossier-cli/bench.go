package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"dossier/corpus"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

// topIDs is how many hit ids each query's JSON entry lists, so that anyone can
// check what the timed queries found.
const topIDs = 20

type latencyJSON struct {
	P50 float64 `json:"p50_ms"`
	P95 float64 `json:"p95_ms"`
	P99 float64 `json:"p99_ms"`
}

type baselineJSON struct {
	latencyJSON
	Hits int `json:"hits"`
}

type queryBenchJSON struct {
	Query string `json:"query"`
	latencyJSON
	Hits      int                     `json:"hits"`
	Top       []string                `json:"top"`
	Baselines map[string]baselineJSON `json:"baselines"`
}

type benchJSON struct {
	Articles int     `json:"articles"`
	LoadMS   float64 `json:"load_ms"`
	BuildMS  float64 `json:"index_build_ms"`
	// Stages splits BuildMS, the whole of opening the library, by stage:
	// "places" (each article's places, roles and dates, read together) and
	// "index".
	Stages     map[library.Stage]float64 `json:"stages_ms"`
	IndexBytes uint64                    `json:"index_heap_bytes"`
	// HeapBytes is the whole live heap once the collection is open and
	// has answered its first query; FirstSearchMS the time from the start
	// to that first answer. Dossier tells a dossier file (whose LoadMS is
	// its whole open, and BuildMS 0) from a folder.
	HeapBytes     uint64           `json:"heap_bytes"`
	FirstSearchMS float64          `json:"first_search_ms"`
	Dossier       bool             `json:"dossier"`
	Terms         int              `json:"terms"`
	Runs          int              `json:"runs"`
	BaselineRuns  int              `json:"baseline_runs"`
	Overall       latencyJSON      `json:"overall"`
	MeanHits      float64          `json:"mean_hits"`
	BaselineAll   map[string]any   `json:"baselines_overall"`
	Queries       []queryBenchJSON `json:"queries"`
}

func runBench(e *env, args []string) int {
	fs := newFlags(e, "bench")
	dir := fs.String("corpus", "", corpusUsage)
	queriesFile := fs.String("queries", "", "a `FILE` of queries, one a line (# starts a comment; a trailing space ends the last word; required)")
	runs := fs.Int("runs", 30, "run each query `N` times through the index")
	baselineRuns := fs.Int("baseline-runs", 3, "run each query `N` times through each naive baseline")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, code, ok := parseArgs(e, fs, args, 0, 0); !ok {
		return code
	}
	if *queriesFile == "" || *runs < 1 || *baselineRuns < 1 {
		fmt.Fprintln(e.stderr, "dossier-cli bench: --queries FILE is required, and run counts must be at least 1")
		fs.Usage()
		return exitUsage
	}
	queries, err := readQueries(*queriesFile)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli bench: %v\n", err)
		return exitProblems
	}

	// From a folder: read the files, then open the library (places, roles,
	// dates, index). From a dossier file: open it, which is both.
	before := heapInUse()
	start := time.Now()
	var (
		c            *corpus.Corpus
		lib          *library.Library
		load, build  time.Duration
		stages       stageClock
		fromDossier  = *dir != "" && isDossier(*dir)
		indexBytes   uint64
		firstAnswers time.Duration
	)
	if fromDossier {
		var ok bool
		if lib, ok = openLibrary(e, *dir); !ok {
			return exitProblems
		}
		c, load = lib.Corpus(), time.Since(start)
	} else {
		var ok bool
		if c, ok = openCorpus(e, *dir); !ok {
			return exitProblems
		}
		load = time.Since(start)
		// The index's heap leaves out the articles, which a folder's
		// open holds whole before indexing.
		before = heapInUse()
		t0 := time.Now()
		var err error
		lib, err = library.Open(context.Background(), c, library.Options{Progress: stages.report})
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier-cli bench: %v\n", err)
			return exitProblems
		}
		build = time.Since(t0)
		stages.stop()
		indexBytes = heapInUse() - min(before, heapInUse())
	}
	ix := lib.Index()
	ix.Search(search.Query{Text: queries[0], Limit: topIDs})
	firstAnswers = time.Since(start)
	heap := heapInUse()
	if fromDossier {
		indexBytes = heap - min(before, heap) // all of it: the articles are the file's
	}

	report := benchJSON{Articles: c.Len(), LoadMS: ms(load), BuildMS: ms(build), Stages: stages.durations(), IndexBytes: indexBytes,
		HeapBytes: heap, FirstSearchMS: ms(firstAnswers), Dossier: fromDossier,
		Terms: ix.Terms(), Runs: *runs, BaselineRuns: *baselineRuns}
	var all []time.Duration
	totalHits := 0
	for _, q := range queries {
		var samples []time.Duration
		var res search.Result
		for range *runs {
			t0 := time.Now()
			res = ix.Search(search.Query{Text: q, Limit: topIDs})
			samples = append(samples, time.Since(t0))
		}
		all = append(all, samples...)
		totalHits += res.Total
		entry := queryBenchJSON{Query: q, latencyJSON: latencies(samples), Hits: res.Total, Top: []string{},
			Baselines: map[string]baselineJSON{}}
		for _, h := range res.Hits {
			entry.Top = append(entry.Top, h.Doc.ID)
		}
		report.Queries = append(report.Queries, entry)
	}
	report.Overall = latencies(all)
	report.MeanHits = float64(totalHits) / float64(max(1, len(queries)))

	// Baselines last, so their garbage does not disturb the index timings.
	baseline := search.NewBaseline(c.Docs())
	report.BaselineAll = map[string]any{}
	for _, b := range []struct {
		name string
		run  func(string) []*corpus.Document
	}{{"fuzzy", baseline.Fuzzy}, {"substring", baseline.Substring}} {
		var all []time.Duration
		for i, q := range queries {
			var samples []time.Duration
			hits := 0
			for range *baselineRuns {
				t0 := time.Now()
				hits = len(b.run(q))
				samples = append(samples, time.Since(t0))
			}
			all = append(all, samples...)
			report.Queries[i].Baselines[b.name] = baselineJSON{latencyJSON: latencies(samples), Hits: hits}
		}
		report.BaselineAll[b.name] = latencies(all)
	}

	if *asJSON {
		return writeJSON(e, report)
	}
	printBench(e, report)
	return exitOK
}

func printBench(e *env, r benchJSON) {
	if r.Dossier {
		fmt.Fprintf(e.stdout, "%d articles from a dossier file: open %.0f ms, first answer after %.0f ms, heap %.1f MB, %d terms\n",
			r.Articles, r.LoadMS, r.FirstSearchMS, float64(r.HeapBytes)/1e6, r.Terms)
	} else {
		fmt.Fprintf(e.stdout, "%d articles: load %.0f ms, open %.0f ms (places, roles and dates %.0f, index %.0f), index heap %.1f MB, first answer after %.0f ms, heap %.1f MB, %d terms\n",
			r.Articles, r.LoadMS, r.BuildMS, r.Stages[library.StagePlaces], r.Stages[library.StageIndex],
			float64(r.IndexBytes)/1e6, r.FirstSearchMS, float64(r.HeapBytes)/1e6, r.Terms)
	}
	fmt.Fprintf(e.stdout, "each query %d× through the index, %d× through each baseline; times in ms\n\n", r.Runs, r.BaselineRuns)
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "query\tp50\tp95\tp99\thits\tfuzzy p50\tfuzzy hits\tsubstring p50\tsubstring hits\t")
	for _, q := range r.Queries {
		fz, sub := q.Baselines["fuzzy"], q.Baselines["substring"]
		fmt.Fprintf(tw, "%q\t%.3f\t%.3f\t%.3f\t%d\t%.3f\t%d\t%.3f\t%d\t\n", q.Query, q.P50, q.P95, q.P99, q.Hits, fz.P50, fz.Hits, sub.P50, sub.Hits)
	}
	fz, sub := r.BaselineAll["fuzzy"].(latencyJSON), r.BaselineAll["substring"].(latencyJSON)
	fmt.Fprintf(tw, "all queries\t%.3f\t%.3f\t%.3f\t%.1f\t%.3f\t\t%.3f\t\t\n", r.Overall.P50, r.Overall.P95, r.Overall.P99, r.MeanHits, fz.P50, sub.P50)
	tw.Flush()
	if r.Overall.P50 > 0 {
		fmt.Fprintf(e.stdout, "\nmedian speed-up of the index: %.1f× over fuzzy, %.1f× over substring\n", fz.P50/r.Overall.P50, sub.P50/r.Overall.P50)
	}
}

func readQueries(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var queries []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// Trailing spaces are kept: "spionage " is a finished word, "spionage"
		// is still being typed and also matches as a prefix.
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
			queries = append(queries, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(queries) == 0 {
		return nil, fmt.Errorf("%s: no queries in the file", path)
	}
	return queries, nil
}

// heapInUse is the live heap after a full collection: what the index keeps.
func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// latencies summarises samples by the nearest-rank percentiles.
func latencies(samples []time.Duration) latencyJSON {
	if len(samples) == 0 {
		return latencyJSON{}
	}
	sorted := slices.Clone(samples)
	slices.Sort(sorted)
	at := func(p float64) float64 {
		i := int(p*float64(len(sorted))+0.999999) - 1
		return ms(sorted[min(max(i, 0), len(sorted)-1)])
	}
	return latencyJSON{P50: at(0.50), P95: at(0.95), P99: at(0.99)}
}

func ms(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }
