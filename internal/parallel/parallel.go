// Package parallel shares a loop out over the machine's cores for the corpus
// code: loading files, finding places. Results go by index, so they come out
// in the same order however the work was shared out.
package parallel

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls work(i) for every i in [0, n), each once, on up to
// runtime.GOMAXPROCS goroutines that take chunk consecutive items at a time
// (chunk < 1 counts as 1). After each chunk is done it calls progress, when
// set, with the number of items done so far, always on the calling
// goroutine and one call at a time. When ctx is cancelled For stops handing
// out work, waits for the workers to finish the chunk each is on, so that
// none outlives it, and returns ctx's error.
func For(ctx context.Context, n, chunk int, progress func(done int), work func(i int)) error {
	if err := ctx.Err(); err != nil || n <= 0 {
		return err
	}
	chunk = max(chunk, 1)
	chunks := (n + chunk - 1) / chunk
	var stopped atomic.Bool
	var next atomic.Int64
	finished := make(chan int, chunks) // room for every report: no worker waits
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), chunks) {
		wg.Go(func() {
			for !stopped.Load() {
				k := int(next.Add(1) - 1)
				if k >= chunks {
					return
				}
				from, to := k*chunk, min((k+1)*chunk, n)
				for i := from; i < to; i++ {
					work(i)
				}
				finished <- to - from
			}
		})
	}
	halt := func() error {
		stopped.Store(true)
		wg.Wait()
		return ctx.Err()
	}
	for done := 0; done < n; {
		select {
		case m := <-finished:
			done += m
		case <-ctx.Done():
			return halt()
		}
		if progress != nil {
			progress(done)
		}
		if ctx.Err() != nil {
			return halt()
		}
	}
	wg.Wait()
	return nil
}
