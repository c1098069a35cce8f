package cn.ipbridge.graph.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chinese personal names for officers and experts: a common surname (weighted roughly by frequency, with the
 * surnames common in Shanghai such as 沈, 顾, 陆 and 钱 given their due) and one or two given-name characters.
 */
final class PersonNames {

    private static final Weighted<String> SURNAMES = Weighted.of(
            List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
                    "何", "林", "罗", "高", "沈", "顾", "陆", "钱", "姚", "蒋", "曹", "金"),
            10, 10, 9, 7, 8, 5, 4, 4, 5, 5, 5, 3, 2, 4, 3, 2, 2, 2, 2, 2, 4, 3, 3, 2, 2, 2, 2, 2);
    private static final String GIVEN = "伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚华文辉建晨颖婷雯佳浩宇欣怡俊斌蕾琳晓峰海波宁慧嘉";

    private PersonNames() {
    }

    static String next(RandomGenerator random) {
        StringBuilder name = new StringBuilder(SURNAMES.pick(random));
        int given = random.nextDouble() < 0.75 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
