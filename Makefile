# The two commands in the README. Both set everything up first.
.PHONY: run test e2e bench
run:
	bash build/scripts/run.sh
test:
	bash build/scripts/test.sh
e2e:
	bash build/scripts/e2e.sh
bench:
	bash build/scripts/bench.sh
