package nl.oppstudio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: "A test kills the JVM ({@code kill -9}) at random points during save, 1,000 times over. It then
 * checks that the document is always the old or the new version, loadable, with its backup intact, and that
 * the editor's recovery file restores the unsaved work."
 *
 * <p>A child program (src/test/resources/killsave/KillSaveChild.java, compiled here against the built
 * product's plugin jars) saves version after version of a document, with the editor's recovery file between
 * saves; the test kills it with SIGKILL ({@link Process#destroyForcibly()} on Linux) at a random moment after
 * it began saving, then checks the document, its .bak, the folder's ledger and the recovery file. Runs:
 * {@code -Dopp.killRuns} (default 10, about half a minute on an idle machine); {@code releng/bench/kill-save.sh} runs 1,000.
 */
class KillSaveTest {

	/** A fresh document every so many runs, so that the log stays the size of a real one. */
	private static final int RUNS_PER_DOCUMENT = 50;

	@TempDir
	Path temp;

	@Test
	void aKilledSaveLosesNothing() throws Exception {
		int runs = Integer.getInteger("opp.killRuns", 10);
		long seed = Long.getLong("opp.killSeed", System.nanoTime());
		int maxDelay = Integer.getInteger("opp.killMaxDelayMs", 400);
		Path product = Products.studioProduct();
		List<Path> jars;
		try (Stream<Path> files = Files.list(product.resolve("plugins"))) {
			jars = files.filter(f -> f.toString().endsWith(".jar")).filter(f -> !f.getFileName().toString().startsWith("org.eclipse.swt"))
					.filter(f -> !f.getFileName().toString().matches("nl\\.oppstudio\\..*\\.nls\\..*")).sorted().toList();
		}
		Path classes = compileChild(jars);
		String classpath = Stream.concat(Stream.of(classes), jars.stream()).map(Path::toString)
				.reduce((a, b) -> a + java.io.File.pathSeparator + b).orElseThrow();
		Path format = Products.examples().resolve("swv-voorbeeld-opp.oppformat");
		Random random = new Random(seed);
		List<String> failures = new ArrayList<>();
		int leftovers = 0;
		int inFolder = 0;
		int killedDuringSave = 0;
		try (URLClassLoader loader = new URLClassLoader(urls(classes, jars), ClassLoader.getPlatformClassLoader())) {
			Class<?> child = loader.loadClass("KillSaveChild");
			Method check = child.getMethod("check", String.class, String.class, int.class, int.class, int.class);
			Method leftoversOf = child.getMethod("leftovers", String.class);
			Path folder = null;
			Path document = null;
			int saved = 0;
			int recovering = 0;
			for (int run = 0; run < runs; run++) {
				if (run % RUNS_PER_DOCUMENT == 0) {
					leftovers += inFolder;
					inFolder = 0;
					folder = Files.createDirectories(temp.resolve("map-" + run));
					document = Files.copy(Products.examples().resolve("sem-de-vries.opp"), folder.resolve("sem-de-vries.opp"));
					saved = 0;
					recovering = 0;
				}
				int delay = random.nextInt(maxDelay + 1);
				List<String> lines = killAfterSaving(classpath, format, document, delay);
				int saving = saved;
				for (String line : lines) {
					int number = Integer.parseInt(line.substring(line.indexOf(' ') + 1));
					if (line.startsWith("start ")) {
						saved = number; // the version on disk: a save killed after its rename counts
						saving = number;
					} else if (line.startsWith("opslaan ")) {
						saving = number;
					} else if (line.startsWith("opgeslagen ")) {
						saved = number;
					} else if (line.startsWith("herstel ")) {
						recovering = number;
					}
				}
				if (saving != saved) {
					killedDuringSave++;
				}
				Thread current = Thread.currentThread();
				ClassLoader before = current.getContextClassLoader();
				current.setContextClassLoader(loader);
				String problems;
				try {
					problems = (String) check.invoke(null, format.toString(), document.toString(), saving, saved, recovering);
					inFolder = (int) leftoversOf.invoke(null, document.toString()); // they add up in a folder
				} catch (java.lang.reflect.InvocationTargetException e) {
					problems = "kan niet gecontroleerd worden: " + e.getCause();
				} finally {
					current.setContextClassLoader(before);
				}
				if (!problems.isEmpty()) {
					failures.add("run " + run + " (na " + delay + " ms, bij opslaan " + saving + "): " + problems);
				}
			}
		}
		leftovers += inFolder;
		String figures = "kill -9 tijdens opslaan: " + runs + " runs, " + killedDuringSave + " midden in Documents.save, "
				+ failures.size() + " documenten verloren of beschadigd, " + leftovers
				+ " verborgen tijdelijke bestanden achtergebleven (seed " + seed + ")";
		System.out.println(figures);
		assertEquals(List.of(), failures, figures);
		assertTrue(runs == 0 || killedDuringSave > 0 || runs < 5, "no kill fell inside a save: " + figures);
	}

	/** Starts the child, waits for its first save to begin, waits {@code delay} ms more, and kills it (SIGKILL). */
	private static List<String> killAfterSaving(String classpath, Path format, Path document, int delay) throws Exception {
		String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(javaCommand, "-XX:TieredStopAtLevel=1", "-cp", classpath, "KillSaveChild", "save",
				format.toString(), document.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		List<String> lines = new CopyOnWriteArrayList<>();
		Object started = new Object();
		Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						lines.add(line);
						synchronized (started) {
							started.notifyAll();
						}
					}
				} catch (java.io.IOException e) {
					// the child was killed
				}
			});
		reader.start();
		try {
			// a loaded machine starts a JVM slowly: wait for the first save, however long it takes (up to 10 min)
			long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
			synchronized (started) {
				while (lines.stream().noneMatch(l -> l.startsWith("opslaan ")) && process.isAlive() && System.nanoTime() < end) {
					started.wait(50);
				}
			}
			assertTrue(lines.stream().anyMatch(l -> l.startsWith("opslaan ")),
					"the child never began to save (exit " + (process.isAlive() ? "-" : process.exitValue()) + ")");
			Thread.sleep(delay);
		} finally {
			process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
			process.waitFor(60, TimeUnit.SECONDS);
		}
		reader.join(60_000); // the last lines from the pipe
		return List.copyOf(lines);
	}

	private Path compileChild(List<Path> jars) throws Exception {
		Path source = temp.resolve("src/KillSaveChild.java");
		Files.createDirectories(source.getParent());
		try (var in = KillSaveTest.class.getResourceAsStream("/killsave/KillSaveChild.java")) {
			Files.copy(in, source);
		}
		Path classes = Files.createDirectories(temp.resolve("classes"));
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		String classpath = jars.stream().map(Path::toString).reduce((a, b) -> a + java.io.File.pathSeparator + b).orElseThrow();
		int result = compiler.run(null, null, null, "-d", classes.toString(), "-cp", classpath, "--release", "21", "-proc:none",
				source.toString());
		assertEquals(0, result, "the child does not compile against the product");
		return classes;
	}

	private static URL[] urls(Path classes, List<Path> jars) throws Exception {
		List<URL> urls = new ArrayList<>();
		urls.add(classes.toUri().toURL());
		for (Path jar : jars) {
			urls.add(jar.toUri().toURL());
		}
		return urls.toArray(URL[]::new);
	}
}
