package cn.ipbridge.graph.taxonomy;

/**
 * One symbol of the IPC scheme, keyed by its normalised compact code ({@code H01M50/609}).
 *
 * @param parentCode the code one level up, null for a section
 * @param titleEn    the English title where the 2006 core level has one, else null
 */
public record IpcClass(String code, IpcLevel level, String titleZh, String titleEn, String parentCode) {
}
