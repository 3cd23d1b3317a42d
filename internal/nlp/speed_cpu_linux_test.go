//go:build linux

package nlp

import (
	"runtime"
	"testing"
	"time"
)

// BenchmarkAnalyzeStagesCPU reports the CPU time of the calling thread per
// 1,000 words for each stage of the layer on the longer identity fixture
// (the machine may be shared: wall time overstates the cost).
func BenchmarkAnalyzeStagesCPU(b *testing.B) {
	an, err := New()
	if err != nil {
		b.Skip(err)
	}
	text, words := speedText(b, "port-strike")
	tag, lemma, parse, ner, coref := an.Stages()
	stages := []struct {
		name string
		run  func(*Analysis)
	}{{"tag", tag}, {"lemma", lemma}, {"parse", parse}, {"ner", ner}, {"coref", coref}}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	var tokCPU time.Duration
	cpu := make([]time.Duration, len(stages))
	for b.Loop() {
		t0 := threadCPU()
		a := Tokenize(text)
		t1 := threadCPU()
		tokCPU += t1 - t0
		for i, s := range stages {
			s.run(a)
			t2 := threadCPU()
			cpu[i] += t2 - t1
			t1 = t2
		}
	}
	per := func(d time.Duration) float64 {
		return float64(d.Nanoseconds()) / 1e6 / float64(b.N) * 1000 / float64(words)
	}
	b.ReportMetric(per(tokCPU), "tokenize-ms/1kw")
	total := tokCPU
	for i, s := range stages {
		b.ReportMetric(per(cpu[i]), s.name+"-ms/1kw")
		total += cpu[i]
	}
	b.ReportMetric(per(total), "cpu-ms/1kw")
}
