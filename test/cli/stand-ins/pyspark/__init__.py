"""Stand-in for the few PySpark calls the README's recipe makes, played on one machine:
textFile cuts a file into partitions of lines, pipe runs the command once per partition
with its lines on stdin (as Spark does, without a shell), coalesce joins partitions, and
saveAsTextFile writes part-NNNNN files."""
import os
import shlex
import subprocess


class RDD:
    def __init__(self, partitions):
        self.partitions = partitions

    def pipe(self, command):
        out = []
        for lines in self.partitions:
            run = subprocess.run(shlex.split(command), input="".join(l + "\n" for l in lines),
                                 capture_output=True, encoding="utf-8", check=True)
            out.append(run.stdout.splitlines())
        return RDD(out)

    def coalesce(self, n):
        size = -(-len(self.partitions) // n)
        return RDD([[l for p in self.partitions[i:i + size] for l in p] for i in range(0, len(self.partitions), size)])

    def saveAsTextFile(self, path):
        os.makedirs(path)
        for i, lines in enumerate(self.partitions):
            with open(os.path.join(path, "part-%05d" % i), "w", encoding="utf-8") as f:
                f.write("".join(l + "\n" for l in lines))


class SparkContext:
    def __init__(self, appName=None, **kwargs):
        self.appName = appName

    def textFile(self, path, minPartitions=3):
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        size = max(1, -(-len(lines) // minPartitions))
        return RDD([lines[i:i + size] for i in range(0, len(lines), size)])
