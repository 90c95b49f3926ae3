package nl.oppstudio.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.document.Migration;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;

/**
 * The bytes choose {@link FormatEdits structured edits} of the example format; the edited text, when it
 * is a usable format, is the new version, and {@code sem-de-vries.opp} is migrated to it with
 * {@link Migration#migrate} as {@code opp migrate} does. Invariant, as {@code MigrationTest} checks it:
 * nothing is lost. Every value of the old document is in the new one (a text unchanged, at its path or
 * where {@code moved} says it went) or in its archive; the new document is written and loads again with
 * the same values; {@link FormatDiff} compares the two versions without error.
 */
public final class MigrationTarget {

	private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-30T12:00:00+01:00");
	private static final FormatLoader LOADER = FormatLoader.create(null);

	private MigrationTarget() {
	}

	/**
	 * Called by Jazzer once before fuzzing (outside the 1 s limit per input): reads the example format
	 * and runs the seeds, so that loading and instrumenting the classes is not taken for a hang.
	 */
	public static void fuzzerInitialize() {
		Targets.warmUp(Targets.MIGRATION);
	}

	public static void fuzzerTestOneInput(byte[] data) {
		List<String> edits = new ArrayList<>();
		String text = FormatEdits.apply(Fixtures.exampleText(Fixtures.FORMAT), data, edits);
		LoadedFormat loaded = LOADER.load(Fixtures.examples().resolve("fuzz-nieuw.oppformat"),
				text.getBytes(StandardCharsets.UTF_8));
		FormatTarget.check(loaded);
		if (!loaded.isUsable()) {
			return;
		}
		OppDocument old = Fixtures.exampleDocument();
		FormatDiff.compare(old.format(), loaded.format());
		Migration.Result result = Migration.migrate(old, loaded.format(), AT);
		Map<String, String> before = values(old);
		Map<String, Leaf> oldLeaves = leaves(old);
		Map<String, String> after = values(result.document());
		Map<String, Leaf> afterLeaves = leaves(result.document());
		for (Map.Entry<String, String> value : before.entrySet()) {
			String path = value.getKey();
			boolean archived = result.archived().stream().anyMatch(a -> a.path().equals(path));
			String movedTo = result.moved().stream().filter(m -> m.startsWith(path + " → "))
					.map(m -> m.substring(path.length() + 3)).findFirst().orElse(null);
			String at = movedTo != null ? movedTo : path;
			String now = after.get(at);
			// a text that stays a text must stay the same; a converted value (text to date …) need only be there
			boolean bothText = isText(oldLeaves.get(path)) && afterLeaves.containsKey(at) && isText(afterLeaves.get(at));
			boolean kept = now != null && (!bothText || now.equals(value.getValue()));
			if (!archived && !kept) {
				throw new FuzzFinding("value lost: " + path + " = '" + value.getValue() + "' after " + edits + " (now: " + now
						+ ", moved: " + result.moved() + ", archived: " + result.archived() + ")");
			}
		}
		Path folder = Fixtures.scratch().resolve("migration-" + Thread.currentThread().threadId());
		Path copy = folder.resolve("gemigreerd.opp");
		try {
			Files.createDirectories(folder);
			Documents.writeCopy(result.document(), copy);
			OppDocument again = Documents.load(copy, loaded.format());
			if (!values(again).equals(after)) {
				throw new FuzzFinding("the migrated document changed when written and loaded again, after " + edits);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (DocumentException e) {
			throw new FuzzFinding("the migrated document does not load again after " + edits + ": " + e.getMessage(), e);
		}
	}

	private static boolean isText(Leaf leaf) {
		return leaf.kind() == ValueKind.TEXT || leaf.kind() == ValueKind.LONG_TEXT;
	}

	/** Every value of a document by its path, rows numbered from 1, as {@link Migration} names them. */
	static Map<String, String> values(OppDocument document) {
		Map<String, String> values = new LinkedHashMap<>();
		walk(document.root(), document.schema().outline(), "", (path, leaf, value) -> values.put(path, value));
		return values;
	}

	private static Map<String, Leaf> leaves(OppDocument document) {
		Map<String, Leaf> leaves = new LinkedHashMap<>();
		walk(document.root(), document.schema().outline(), "", (path, leaf, value) -> leaves.put(path, leaf));
		return leaves;
	}

	private interface Visitor {
		void value(String path, Leaf leaf, String value);
	}

	private static void walk(EObject owner, List<SchemaNode> nodes, String prefix, Visitor visitor) {
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf) {
				String value = OppDocument.value(owner, leaf);
				if (value != null && !value.isBlank()) {
					visitor.value(prefix + leaf.name(), leaf, value);
				}
			} else if (node instanceof Branch branch) {
				List<EObject> rows = OppDocument.objects(owner, branch);
				for (int row = 0; row < rows.size(); row++) {
					String step = branch.repeating() ? branch.name() + "[" + (row + 1) + "]/" : branch.name() + "/";
					walk(rows.get(row), branch.children(), prefix + step, visitor);
				}
			}
		}
	}
}
