package parallel

import (
	"context"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

func TestForDoesEachItemOnceAndReportsInOrder(t *testing.T) {
	for _, tt := range []struct{ n, chunk int }{{0, 1}, {1, 1}, {10, 1}, {1000, 64}, {65, 64}, {7, 0}} {
		counts := make([]atomic.Int32, tt.n)
		var reports []int
		err := For(context.Background(), tt.n, tt.chunk, func(done int) { reports = append(reports, done) }, func(i int) { counts[i].Add(1) })
		if err != nil {
			t.Fatalf("n=%d chunk=%d: %v", tt.n, tt.chunk, err)
		}
		for i := range counts {
			if c := counts[i].Load(); c != 1 {
				t.Fatalf("n=%d chunk=%d: item %d done %d times", tt.n, tt.chunk, i, c)
			}
		}
		if !slices.IsSorted(reports) || tt.n > 0 && reports[len(reports)-1] != tt.n {
			t.Errorf("n=%d chunk=%d: progress %v, want rising to %d", tt.n, tt.chunk, reports, tt.n)
		}
	}
}

func TestForStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var done atomic.Int32
	// The first ten items finish at once; the rest wait for the cancel,
	// which the tenth report brings.
	err := For(ctx, 100000, 1, func(n int) {
		if n == 10 {
			cancel()
		}
	}, func(i int) {
		if i >= 10 {
			<-ctx.Done()
		}
		done.Add(1)
	})
	if err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	// Each worker finishes the item it is on, and takes no other.
	if d, most := done.Load(), int32(10+runtime.GOMAXPROCS(0)); d > most {
		t.Errorf("%d items were done, at most %d should be", d, most)
	}
	// No worker outlives For: the count stays where it is.
	d := done.Load()
	time.Sleep(10 * time.Millisecond)
	if again := done.Load(); again != d {
		t.Errorf("items still being done after For returned: %d, then %d", d, again)
	}
}
