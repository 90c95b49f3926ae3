package nl.oppstudio.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The five targets by name (the folder names under {@code releng/fuzz/corpus/}) with their seeds from
 * {@code dsl-examples/}. {@code main TARGET FOLDER} writes a target's seeds into a folder, for
 * {@code releng/fuzz/fuzz.sh}.
 */
public enum Targets {
	/** {@link FormatTarget}: seeds are every format in dsl-examples (versions included). */
	FORMAT(FormatTarget::fuzzerTestOneInput, FormatTarget.class),
	/** {@link DocumentTarget}: seeds are the documents of the example format. */
	DOCUMENT(DocumentTarget::fuzzerTestOneInput, DocumentTarget.class),
	/** {@link RenderTarget}: seeds are the example document's own texts and a few of every kind. */
	RENDER(RenderTarget::fuzzerTestOneInput, RenderTarget.class),
	/** {@link MigrationTarget}: seeds are one of each edit. */
	MIGRATION(MigrationTarget::fuzzerTestOneInput, MigrationTarget.class),
	/** {@link FormatDiffTarget}: seeds are each example format (versions included) paired with the next one. */
	FORMATDIFF(FormatDiffTarget::fuzzerTestOneInput, FormatDiffTarget.class);

	private final Consumer<byte[]> target;
	private final Class<?> targetClass;

	Targets(Consumer<byte[]> target, Class<?> targetClass) {
		this.target = target;
		this.targetClass = targetClass;
	}

	/** Runs the target on one input. */
	public void run(byte[] input) {
		target.accept(input);
	}

	/** Runs the target on each of its seeds, ignoring what they throw (a warm-up: the regression test judges them). */
	static void warmUp(Targets target) {
		for (byte[] seed : target.seeds()) {
			try {
				target.run(seed);
			} catch (RuntimeException e) {
				// judged by the regression test and by the fuzzer itself
			}
		}
	}

	/** The class Jazzer is given ({@code --target_class}). */
	public Class<?> targetClass() {
		return targetClass;
	}

	/** The folder name of the target's corpus: {@code format}, {@code document} … */
	public String folder() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The seed inputs: files of dsl-examples that fit the target. */
	public List<byte[]> seeds() {
		List<byte[]> seeds = new ArrayList<>();
		switch (this) {
		case FORMAT -> Fixtures.exampleFiles("oppformat").forEach(f -> seeds.add(read(f)));
		case DOCUMENT -> {
			for (Path file : Fixtures.exampleFiles("opp")) {
				String text = new String(read(file), StandardCharsets.UTF_8);
				if (text.contains("swv-voorbeeld-opp")) {
					seeds.add(text.getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		case RENDER -> {
			List<String> texts = new ArrayList<>();
			Fixtures.exampleDocument().root().eAllContents().forEachRemaining(o -> o.eClass().getEAllAttributes().forEach(a -> {
				if (o.eGet(a) instanceof String s && !s.isBlank()) {
					texts.add(s);
				}
			}));
			seeds.add(FieldText.encode(texts));
			seeds.add(FieldText.encode(List.of("Sem de Vries", "\u0645\u0631\u062D\u0628\u0627 \u200F(abc)\u200E",
					"\uD83D\uDE00 \uD834\uDD1E \u4F60\u597D", "a\u0001b\u001Fc\u007Fd\u0085e", "<fo:block>&amp;</fo:block>")));
			seeds.add(new byte[] { 'x', 5, 0x10, 0, 0 });
			seeds.add(new byte[] { 4, 0, 1, 'a', 0, 2, 0x10, (byte) 0xFF, (byte) 0xFF, 0, 3, 4, 6, 2 });
		}
		case MIGRATION -> {
			for (int op = 0; op < 10; op++) {
				seeds.add(new byte[] { (byte) op, (byte) (op + 1) });
			}
		}
		case FORMATDIFF -> {
			List<Path> formats = Fixtures.exampleFiles("oppformat");
			for (int i = 0; i < formats.size(); i++) {
				seeds.add(pair(read(formats.get(i)), read(formats.get((i + 1) % formats.size()))));
			}
		}
		default -> throw new IllegalStateException();
		}
		return seeds;
	}

	private static byte[] pair(byte[] first, byte[] second) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(first);
		out.write(0);
		out.writeBytes(second);
		return out.toByteArray();
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code Targets TARGET FOLDER}: writes the target's seeds as {@code seed-N} files into the folder. */
	public static void main(String[] args) throws IOException {
		Targets target = valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
		Path folder = Files.createDirectories(Path.of(args[1]));
		List<byte[]> seeds = target.seeds();
		for (int i = 0; i < seeds.size(); i++) {
			Files.write(folder.resolve("seed-" + i), seeds.get(i));
		}
		System.exit(0);
	}
}
