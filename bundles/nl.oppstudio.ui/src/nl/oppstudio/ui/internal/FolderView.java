package nl.oppstudio.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import nl.oppstudio.document.Documents;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.ui.WidgetIds;

/** Lists the formats and documents in the folder; its selection is a {@link Path}. */
public final class FolderView extends ViewPart {

	public static final String ID = "nl.oppstudio.ui.folderView";

	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setData(WidgetIds.KEY, WidgetIds.FOLDER_TABLE);
		column(Messages.folderColumnFile, 260, path -> path.getFileName().toString());
		column(Messages.folderColumnKind, 110, path -> isFormat(path) ? Messages.kindFormat : Messages.kindDocument);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(list(StudioFolder.get()));
		// the file names decide the first column's width, so that none is cut off
		viewer.getTable().getColumn(0).pack();
		getSite().setSelectionProvider(viewer);
		setContentDescription(StudioFolder.get().toString());
	}

	private void column(String title, int width, java.util.function.Function<Path, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Path) element);
			}
		});
	}

	/** Formats first, then documents, each by name. */
	static List<Path> list(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> isFormat(f) || isDocument(f))
					.sorted(Comparator.comparing((Path f) -> isFormat(f) ? 0 : 1)
							.thenComparing(f -> f.getFileName().toString()))
					.toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	static boolean isFormat(Path file) {
		return file.getFileName().toString().endsWith("." + FormatLoader.EXTENSION);
	}

	static boolean isDocument(Path file) {
		return file.getFileName().toString().endsWith("." + Documents.EXTENSION);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
