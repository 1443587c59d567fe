bench-reader: ## reader benchmark: throughput, 50-page PDF vs pdftotext, peak memory
	$(PY) bench/reader_bench.py
