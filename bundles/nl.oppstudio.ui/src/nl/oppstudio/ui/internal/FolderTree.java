package nl.oppstudio.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.format.model.FormatHeader;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.git.VersionMenu;

/**
 * The folder's formats, each with its documents (those whose namespace names the format's id), and the
 * git state of each file. Read on a background thread: the window shows at once.
 */
public final class FolderTree {

	/** What the background reading found. */
	record Listing(Map<Path, List<Path>> formats, List<Path> others, Map<Path, String> states) {
	}

	private final Tree tree;
	private final Path folder;
	private volatile boolean reading;
	private boolean again;
	private Runnable loadedListener = () -> {
	};
	private IntConsumer widthListener;
	private boolean hasStates;

	public FolderTree(Composite parent, Path folder, Consumer<Path> opener) {
		this.folder = folder;
		tree = new Tree(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		tree.setData(WidgetIds.KEY, WidgetIds.FOLDER_TREE);
		tree.setHeaderVisible(true);
		TreeColumn name = new TreeColumn(tree, SWT.LEFT);
		name.setText(Messages.folderColumnName);
		name.setWidth(250);
		TreeColumn state = new TreeColumn(tree, SWT.LEFT);
		state.setText(Messages.folderColumnState);
		state.setWidth(90);
		// the names take what the git state leaves, so that both columns show
		tree.addListener(SWT.Resize, e -> tree.getDisplay().asyncExec(this::fit));
		TreeItem loading = new TreeItem(tree, SWT.NONE);
		loading.setText(Messages.folderLoading);
		tree.addListener(SWT.DefaultSelection, e -> {
			if (e.item instanceof TreeItem item && item.getData(WidgetIds.FILE_KEY) instanceof Path file) {
				opener.accept(file);
			}
		});
	}

	/**
	 * The git state as wide as its widest text (or its title), the names the rest; without a repository
	 * there is no state to show and the names take the whole width.
	 */
	private void fit() {
		if (tree.isDisposed()) {
			return;
		}
		TreeColumn state = tree.getColumn(1);
		int stateWidth = 0;
		if (hasStates) {
			GC gc = new GC(tree);
			try {
				stateWidth = gc.textExtent(state.getText()).x;
				for (TreeItem item : tree.getItems()) {
					stateWidth = Math.max(stateWidth, widest(gc, item));
				}
			} finally {
				gc.dispose();
			}
			stateWidth += 24;
		}
		state.setWidth(stateWidth);
		state.setResizable(hasStates);
		int width = tree.getSize().x - 2 * tree.getBorderWidth()
				- (tree.getVerticalBar() != null && tree.getVerticalBar().isVisible() ? tree.getVerticalBar().getSize().x : 0);
		tree.getColumn(0).setWidth(Math.max(160, width - stateWidth - 2));
	}

	/**
	 * The width the tree needs to show every format's name (its documents may be cut) and the git state:
	 * measured from the items' bounds, so the indent and the expand arrow are counted.
	 */
	public int wantedWidth() {
		int names = 0;
		for (TreeItem item : tree.getItems()) {
			if (item.getData(WidgetIds.FILE_KEY) != null) {
				names = Math.max(names, item.getBounds(0).x + item.getBounds(0).width);
			}
		}
		// getBounds is the column's width when the text is wider on some platforms: measure the text too
		GC gc = new GC(tree);
		try {
			for (TreeItem item : tree.getItems()) {
				if (item.getData(WidgetIds.FILE_KEY) != null) {
					names = Math.max(names, item.getBounds(0).x + gc.textExtent(item.getText(0)).x + 12);
				}
			}
		} finally {
			gc.dispose();
		}
		int scrollBar = tree.getVerticalBar() != null ? tree.getVerticalBar().getSize().x : 0;
		return names + tree.getColumn(1).getWidth() + 2 * tree.getBorderWidth() + scrollBar + 8;
	}

	/** Called once, after the first filling, with {@link #wantedWidth()}: the window sizes its panes by it. */
	public void setWidthListener(IntConsumer listener) {
		widthListener = listener;
	}

	private static int widest(GC gc, TreeItem item) {
		int widest = gc.textExtent(item.getText(1)).x;
		for (TreeItem child : item.getItems()) {
			widest = Math.max(widest, widest(gc, child));
		}
		return widest;
	}

	public Tree control() {
		return tree;
	}

	/** Called on the UI thread each time the tree has been filled. */
	public void setLoadedListener(Runnable listener) {
		loadedListener = listener;
	}

	/** Reads the folder again in the background and fills the tree; a refresh during a read reads once more. */
	public void refresh() {
		if (reading) {
			again = true;
			return;
		}
		reading = true;
		Display display = tree.getDisplay();
		Thread reader = new Thread(() -> {
			Listing listing = read(folder);
			display.asyncExec(() -> {
				reading = false;
				if (!tree.isDisposed()) {
					fill(listing);
					loadedListener.run();
				}
				if (again) {
					again = false;
					refresh();
				}
			});
		}, "OPP Studio: map lezen");
		reader.setDaemon(true);
		reader.start();
	}

	/** The formats (by file name) with their documents, the documents without a format here, the git states. */
	static Listing read(Path folder) {
		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			files = listed.filter(Files::isRegularFile).sorted().toList();
		} catch (IOException e) {
			files = List.of();
		}
		Map<Path, List<Path>> formats = new LinkedHashMap<>();
		Map<String, Path> byId = new LinkedHashMap<>();
		for (Path file : files) {
			if (file.getFileName().toString().endsWith("." + FormatHeader.EXTENSION)) {
				formats.put(file, new ArrayList<>());
				FormatHeader.read(file).ifPresent(header -> byId.putIfAbsent(header.id(), file));
			}
		}
		List<Path> others = new ArrayList<>();
		for (Path file : files) {
			if (!file.getFileName().toString().endsWith("." + Documents.EXTENSION)) {
				continue;
			}
			Path format = null;
			try {
				String namespace = FormatResolver.namespaceOf(file).orElse("");
				String[] parts = namespace.split(":");
				// urn:oppstudio:format:ID:VERSION
				if (parts.length >= 4) {
					format = byId.get(parts[3]);
				}
			} catch (IOException | RuntimeException e) {
				// unreadable: listed without a format
			}
			(format == null ? others : formats.get(format)).add(file);
		}
		Map<Path, String> states;
		try {
			states = VersionMenu.states(folder);
		} catch (RuntimeException | LinkageError e) {
			states = Map.of();
		}
		return new Listing(formats, others, states);
	}

	private void fill(Listing listing) {
		Set<Path> collapsed = new HashSet<>();
		for (TreeItem item : tree.getItems()) {
			if (item.getData(WidgetIds.FILE_KEY) instanceof Path file && !item.getExpanded() && item.getItemCount() > 0) {
				collapsed.add(file);
			}
		}
		Object selected = tree.getSelectionCount() == 1 ? tree.getSelection()[0].getData(WidgetIds.FILE_KEY) : null;
		tree.setRedraw(false);
		try {
			tree.removeAll();
			for (Map.Entry<Path, List<Path>> format : listing.formats().entrySet()) {
				TreeItem item = item(null, format.getKey(), listing.states());
				for (Path document : format.getValue()) {
					item(item, document, listing.states());
				}
				item.setExpanded(!collapsed.contains(format.getKey()));
			}
			if (!listing.others().isEmpty()) {
				TreeItem group = new TreeItem(tree, SWT.NONE);
				group.setText(Messages.folderOtherDocuments);
				for (Path document : listing.others()) {
					item(group, document, listing.states());
				}
				group.setExpanded(true);
			}
			if (listing.formats().isEmpty() && listing.others().isEmpty()) {
				new TreeItem(tree, SWT.NONE).setText(Messages.folderEmpty);
			}
			if (selected != null) {
				select(tree.getItems(), selected);
			}
		} finally {
			tree.setRedraw(true);
		}
		hasStates = !listing.states().isEmpty();
		tree.getDisplay().asyncExec(() -> {
			fit();
			if (widthListener != null && !tree.isDisposed()) {
				IntConsumer listener = widthListener;
				widthListener = null;
				listener.accept(wantedWidth());
			}
		});
	}

	private void select(TreeItem[] items, Object file) {
		for (TreeItem item : items) {
			if (file.equals(item.getData(WidgetIds.FILE_KEY))) {
				tree.setSelection(item);
				return;
			}
			select(item.getItems(), file);
		}
	}

	private TreeItem item(TreeItem parent, Path file, Map<Path, String> states) {
		TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
		item.setText(0, file.getFileName().toString());
		String state = states.get(file.toAbsolutePath().normalize());
		if (state == null) {
			state = states.getOrDefault(file, states.getOrDefault(file.getFileName(), ""));
		}
		item.setText(1, state);
		item.setData(WidgetIds.FILE_KEY, file.toAbsolutePath().normalize());
		return item;
	}
}
